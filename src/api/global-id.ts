// Global IDs ("Meeting:12", base64) taken from clients: decoded once, checked against the type.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { apiError, ErrorCode, NotFoundError } from './errors.ts';

export type NodeTypeName = 'Article' | 'Meeting' | 'Person' | 'Organisation' | 'Statement';

/** The numeric id, or null when the ID is malformed or names another type. */
export function tryDecodeId(id: string, typename: NodeTypeName): number | null {
  try {
    const decoded = decodeGlobalID(id);
    const value = Number(decoded.id);
    return decoded.typename === typename && Number.isSafeInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
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
