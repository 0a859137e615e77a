// How a party is written in a talk's name. An honorific is a form of address, not part of the name
// ("Samdech Thipadei Hun Manet", "ông Lula"): a talk named with it would differ from the same talk
// named by the title another sentence gives, so a party written with an honorific and no title is
// named by its name alone.
import type { PersonMention } from './persons.ts';

export function talkPartyText(p: PersonMention): string {
  return p.honorific && !p.title && p.name ? p.name : p.text;
}
