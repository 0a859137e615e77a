// Prisma enums exposed as GraphQL enums under the same names, plus the shared ordering directions.
import { MeetingFormat, MeetingLevel, MentionKind, OrganisationKind, SpeakerKind, SpeechAct } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';

export const MeetingFormatEnum = builder.enumType(MeetingFormat, { name: 'MeetingFormat' });
export const MeetingLevelEnum = builder.enumType(MeetingLevel, { name: 'MeetingLevel' });
export const OrganisationKindEnum = builder.enumType(OrganisationKind, { name: 'OrganisationKind' });
export const SpeakerKindEnum = builder.enumType(SpeakerKind, { name: 'SpeakerKind' });
export const SpeechActEnum = builder.enumType(SpeechAct, { name: 'SpeechAct' });
export const MentionKindEnum = builder.enumType(MentionKind, { name: 'MentionKind' });
