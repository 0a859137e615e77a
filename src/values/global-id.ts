// Global IDs ("Meeting:12", base64) taken from clients: decoded once, checked against the type.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { apiError, ErrorCode, NotFoundError } from '../errors/errors.ts';

export const NODE_TYPE_NAMES = ['Article', 'Meeting', 'Person', 'Organisation', 'Statement'] as const;
export type NodeTypeName = (typeof NODE_TYPE_NAMES)[number];

/** Row ids are PostgreSQL `integer`s: anything outside 1..2^31-1 names nothing and must not reach SQL. */
const MAX_ROW_ID = 2 ** 31 - 1;

/** The numeric id, or null when the ID is malformed or names another type. */
export function tryDecodeId(id: string, typename: NodeTypeName): number | null {
  try {
    const decoded = decodeGlobalID(id);
    const value = Number(decoded.id);
    return decoded.typename === typename && Number.isInteger(value) && value > 0 && value <= MAX_ROW_ID ? value : null;
  } catch {
    return null;
  }
}

/**
 * The relay plugin's decoder for `node`/`nodes`: an ID of no node type, or with an id no row can
 * have, is the client's mistake (BAD_USER_INPUT), not a server error.
 */
export function decodeNodeId(id: string): { typename: string; id: string } {
  let typename = '';
  try {
    typename = decodeGlobalID(id).typename;
  } catch {
    // reported below
  }
  const known = NODE_TYPE_NAMES.find((name) => name === typename);
  const value = known ? tryDecodeId(id, known) : null;
  if (!known || value === null) throw apiError(ErrorCode.BAD_USER_INPUT, `Invalid global ID: ${id}`, { argument: 'id' });
  return { typename: known, id: String(value) };
}

/** For read filters: a malformed ID is the client's mistake, reported with the field it came from. */
export function filterId(id: string, typename: NodeTypeName, field: string): number {
  const value = tryDecodeId(id, typename);
  if (value === null) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `${field}: not a ${typename} ID: ${id}`, { field });
  }
  return value;
}

/** For mutations: an ID that names no node of the type becomes a typed NotFoundError result. */
export function mutationId(id: string, typename: NodeTypeName, field: string): number {
  const value = tryDecodeId(id, typename);
  if (value === null) throw new NotFoundError(field, id);
  return value;
}

export { encodeGlobalID };
