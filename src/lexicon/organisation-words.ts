// Words around organisation and country mentions: what opens a ministry or an embassy, what ties a
// body to its country, and how a name the text defined hints at its kind. "Lower case" entries are
// compared with a token's lower-case form, "as written" ones with its text, "folded" ones with fold().
import type { OrganisationKindName } from './organisations.ts';

/** Words before a contextual country name that show it is the country ("nước", "tại", "với"); lower case. */
export const COUNTRY_CONTEXT_WORDS = new Set(['nước', 'quốc', 'tại', 'với', 'sang', 'thăm', 'giữa', 'của', 'phía', 'và']);

/** "tại/ở/của X" later in a clause: X is the country a generic body belongs to; lower case. */
export const COUNTRY_LINKS = ['tại', 'ở', 'của'];

/** The word that opens a ministry's name ("Bộ Ngoại giao"); as written. */
export const MINISTRY_HEAD = 'Bộ';

/** "Bộ trưởng" is a minister, not a ministry: the word after "bộ" that rules a ministry out; lower case. */
export const MINISTER_TAIL = 'trưởng';

/** "Đại sứ quán": the first word as written, the others lower case. */
export const EMBASSY_WORDS = ['Đại', 'sứ', 'quán'];

/** "Đại sứ quán Việt Nam tại Hoa Kỳ": the word before an embassy's host country; lower case. */
export const EMBASSY_HOST_LINK = 'tại';

/** "A và B": two coordinated bodies; as written, the whole gap between them. */
export const COORDINATED = /^\s+và\s+$/u;

/** The kind of an organisation the text defined ("Long name (ACR)"), guessed from its folded name; first match wins. */
export const KIND_BY_NAME: [RegExp, OrganisationKindName][] = [
  [/^bo /, 'MINISTRY'],
  [/^hoi (?!dong)/, 'NGO'],
  [/asean|lien hop quoc|quoc te|khu vuc|chau a|the gioi/, 'INTERGOVERNMENTAL'],
];
