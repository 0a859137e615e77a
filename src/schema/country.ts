import { builder } from './builder.ts';
import { MeetingChair } from './meeting.ts';

export const CountryRef = builder.prismaObject('Country', {
  description: 'A country, keyed by its ISO 3166-1 alpha-2 code; `name` is the Vietnamese name.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
  }),
});

builder.objectField(MeetingChair, 'country', (t) =>
  t.field({
    type: CountryRef,
    nullable: true,
    resolve: (chair, _args, ctx) => (chair.countryCode ? ctx.loaders.country.load(chair.countryCode) : null),
  }),
);
