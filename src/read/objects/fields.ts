// Field shapes shared by several object types.
import { jsonText, objectJson, objectTypeOf, toMany, toOne, type FieldSql } from '../compile.ts';
import { globalId, partialDate } from '../sql.ts';

/** Base64 needs no escaping in JSON: the id is quoted, not sent through to_json. */
export const nodeId =
  (typename: string): FieldSql =>
  (_w, alias) =>
    jsonText(`'"' || ${globalId(typename, `${alias}.id`)} || '"'`);

export const byCode = (fk: string) => toOne('Country', (parent, related) => `${related}.code = ${parent}."${fk}"`);
export const byId = (table: string, fk: string) => toOne(table, (parent, related) => `${related}.id = ${parent}."${fk}"`);

/** A PartialDate: the stored first day cut to its precision. */
export const partial =
  (date: string, precision: string | null): FieldSql =>
  (_w, a) =>
    jsonText(`'"' || ${partialDate(`${a}."${date}"`, precision === null ? null : `${a}."${precision}"`)} || '"'`);

/** The DateTime scalar's ISO 8601 form of a stored UTC timestamp, as Date.toISOString writes it. */
export const isoTimestamp =
  (name: string): FieldSql =>
  (_w, a) =>
    jsonText(`'"' || to_char(${a}."${name}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`);

/**
 * Names other than the entity's own, in the order they were added: `aliasTable` rows keyed by
 * `fk`; `distinctFromName` leaves out an alias that folds to the name itself.
 */
export const aliasList =
  (aliasTable: string, fk: string, distinctFromName: boolean): FieldSql =>
  (w, a) => {
    const r = w.params.alias();
    const other = distinctFromName ? ` AND ${r}.folded <> ${a}.folded` : '';
    return `COALESCE((SELECT json_agg(${r}.alias ORDER BY ${r}.id) FROM "${aliasTable}" ${r} WHERE ${r}."${fk}" = ${a}.id${other}), '[]'::json)`;
  };

/**
 * The entities an article mentions, each once, in order of first mention (`kind` rows of Mention
 * whose `column` names the entity).
 */
export const mentioned = (table: string, column: string, kind: string): FieldSql =>
  toMany((w, a, row) => {
    const m = w.params.alias();
    const first = `SELECT ${m}."${column}" AS ref, min(${m}.id) AS first FROM "Mention" ${m} WHERE ${m}."articleId" = ${a}.id AND ${m}.kind = '${kind}' AND ${m}."${column}" IS NOT NULL GROUP BY ${m}."${column}"`;
    return { from: `(${first}) ${row}_m JOIN "${table}" ${row} ON ${row}.id = ${row}_m.ref`, order: `${row}_m.first` };
  });

/** An object built from columns of the parent row (no table of its own); null unless `present`. */
export const embedded =
  (present: (alias: string) => string): FieldSql =>
  (w, a, field) =>
    `CASE WHEN ${present(a)} THEN ${objectJson(w, objectTypeOf(field), field.nodes, a)} END`;
