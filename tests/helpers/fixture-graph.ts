// A small, realistic graph written straight through Prisma (extraction is built elsewhere), plus
// enough generated meetings, people and statements to page through and to count SQL against.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { MeetingFormat, SpeechAct } from '../../src/generated/prisma/enums.ts';
import { fold } from '../../src/text/fold.ts';

export const GENERATED_MEETINGS = 60;

const COUNTRIES: [string, string, string][] = [
  ['VN', 'Việt Nam', 'Viet Nam'],
  ['JP', 'Nhật Bản', 'Japan'],
  ['ID', 'In-đô-nê-xi-a', 'Indonesia'],
  ['RU', 'Nga', 'Russia'],
  ['US', 'Hoa Kỳ', 'United States'],
  ['CN', 'Trung Quốc', 'China'],
  ['BN', 'Bru-nây', 'Brunei'],
  ['NZ', 'Niu Di-lân', 'New Zealand'],
];

const ARTICLE_AMM54 = [
  'Chiều 3/8, Bộ trưởng Ngoại giao Bùi Thanh Sơn tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN-Nhật Bản theo hình thức trực tuyến, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54).',
  'Bộ trưởng Bùi Thanh Sơn đề nghị Nhật Bản tiếp tục hỗ trợ ASEAN tiếp cận vắc-xin và tăng cường chuỗi cung ứng.',
  'Bộ trưởng Motegi Toshimitsu khẳng định Nhật Bản sẽ đóng góp 1 triệu USD cho Quỹ ứng phó COVID-19 của ASEAN.',
  'Tại Hội nghị ASEAN+3, Bộ trưởng Vương Nghị cho biết Trung Quốc đã cung cấp 119 triệu liều vắc-xin cho các nước ASEAN.',
  'Bộ trưởng Bùi Thanh Sơn nhấn mạnh: "Quan hệ ASEAN-Nhật Bản phát triển trên tinh thần trái tim tới trái tim".',
  'Các Bộ trưởng cũng trao đổi về tình hình Biển Đông, nhấn mạnh tuân thủ Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982).',
].join('\n');

const ARTICLE_RUSSIA = [
  'Ngày 6/7, Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN-Nga diễn ra theo hình thức trực tuyến.',
  'Hội nghị do Bộ trưởng Ngoại giao In-đô-nê-xi-a Retno Marsudi và Bộ trưởng Ngoại giao Nga Sergey Lavrov đồng chủ trì.',
  'Bộ trưởng Sergey Lavrov hoan nghênh việc kỷ niệm 30 năm quan hệ đối thoại ASEAN-Nga.',
].join('\n');

const ARTICLE_SUMMIT = [
  'Từ ngày 26-28/10, Hội nghị Cấp cao ASEAN lần thứ 38 và 39 được tổ chức trực tuyến dưới sự chủ trì của Bru-nây.',
  'Tổng Thư ký ASEAN Lim Jock Hoi thông báo Ban Thư ký đã trao 1,1 triệu USD vật tư y tế cho Hội Chữ thập đỏ Myanmar.',
  'Các nhà lãnh đạo kêu gọi duy trì hòa bình, ổn định ở Biển Đông.',
].join('\n');

export interface FixtureGraph {
  persons: Record<'son' | 'motegi' | 'wangYi' | 'lim' | 'retno' | 'lavrov', number>;
  organisations: Record<'asean' | 'secretariat', number>;
  meetings: Record<'amm54' | 'aseanJapan' | 'aseanPlus3' | 'summit38' | 'summit39' | 'aseanRussia', number>;
  articles: Record<'amm54' | 'russia' | 'summit', number>;
  statements: { sonAtJapan: number; sonQuote: number; motegi: number; wangYi: number; lavrov: number; lim: number };
  generatedMeetingIds: number[];
}

let documentSeq = 0;

async function article(prisma: PrismaClient, title: string, body: string, publishedAt: string | null) {
  const document = await prisma.document.create({
    data: { source: `fixture-${++documentSeq}.txt`, kind: 'FULL_PAGE', contentHash: `fixture-doc-${title}`, lineCount: body.split('\n').length },
  });
  return prisma.article.create({
    data: {
      documentId: document.id,
      title,
      lede: body.split('\n')[0]!,
      body,
      source: document.source,
      lineStart: 1,
      lineEnd: body.split('\n').length,
      publishedAt: publishedAt ? new Date(publishedAt) : null,
      contentHash: `fixture-article-${title}`,
      searchText: fold(`${title} ${body}`),
    },
  });
}

async function person(prisma: PrismaClient, name: string, countryCode: string | null, aliases: string[] = []) {
  return prisma.person.create({
    data: {
      name,
      folded: fold(name),
      countryCode,
      aliases: { create: aliases.map((alias) => ({ alias, folded: fold(alias) })) },
    },
  });
}

interface MeetingSpec {
  key: string;
  name: string;
  series?: string;
  ordinal?: number;
  start: string;
  end?: string;
  format: MeetingFormat;
  countryCode?: string;
  city?: string;
  level?: 'SUMMIT' | 'MINISTERIAL';
  parentId?: number;
  aliases?: string[];
  chairLabel?: string;
  chairCountryCode?: string;
}

async function meeting(prisma: PrismaClient, m: MeetingSpec) {
  return prisma.meeting.create({
    data: {
      key: m.key,
      name: m.name,
      folded: fold(m.name),
      acronym: m.series === 'AMM' ? `AMM-${m.ordinal}` : null,
      series: m.series ?? null,
      ordinal: m.ordinal ?? null,
      level: m.level ?? 'MINISTERIAL',
      startDate: new Date(m.start),
      startPrecision: 'DAY',
      endDate: m.end ? new Date(m.end) : null,
      endPrecision: m.end ? 'DAY' : null,
      format: m.format,
      city: m.city ?? null,
      countryCode: m.countryCode ?? null,
      parentId: m.parentId ?? null,
      chairLabel: m.chairLabel ?? null,
      chairCountryCode: m.chairCountryCode ?? null,
      aliases: { create: (m.aliases ?? []).map((alias) => ({ alias, folded: fold(alias) })) },
    },
  });
}

interface StatementSpec {
  articleId: number;
  body: string;
  sentence: string;
  meetingId?: number | null;
  personId?: number;
  organisationId?: number;
  countryCode?: string;
  speakerLabel: string;
  verb: string;
  act: SpeechAct;
  content: string;
  quote?: boolean;
  saidOn: string;
}

async function statement(prisma: PrismaClient, s: StatementSpec) {
  const start = s.body.indexOf(s.sentence);
  if (start < 0) throw new Error(`fixture sentence not in body: ${s.sentence}`);
  const row = await prisma.statement.create({
    data: {
      articleId: s.articleId,
      meetingId: s.meetingId ?? null,
      speakerKind: s.personId ? 'PERSON' : s.organisationId ? 'ORGANISATION' : s.countryCode ? 'COUNTRY' : 'COLLECTIVE',
      speakerPersonId: s.personId ?? null,
      speakerOrganisationId: s.organisationId ?? null,
      speakerCountryCode: s.countryCode ?? null,
      speakerLabel: s.speakerLabel,
      verb: s.verb,
      act: s.act,
      content: s.content,
      isDirectQuote: s.quote ?? false,
      evidenceStart: start,
      evidenceEnd: start + s.sentence.length,
      saidOn: new Date(s.saidOn),
      searchText: fold(`${s.speakerLabel} ${s.content}`),
    },
  });
  return row.id;
}

async function mention(
  prisma: PrismaClient,
  articleId: number,
  body: string,
  text: string,
  target: { personId?: number; organisationId?: number; meetingId?: number; countryCode?: string },
) {
  const start = body.indexOf(text);
  const kind = target.personId ? 'PERSON' : target.organisationId ? 'ORGANISATION' : target.meetingId ? 'MEETING' : 'COUNTRY';
  await prisma.mention.create({ data: { articleId, kind, ...target, start, end: start + text.length, text } });
}

export async function insertFixtureGraph(prisma: PrismaClient): Promise<FixtureGraph> {
  await prisma.country.createMany({
    data: COUNTRIES.map(([code, name, nameEn]) => ({ code, name, nameEn, folded: fold(name) })),
    skipDuplicates: true,
  });

  const son = await person(prisma, 'Bùi Thanh Sơn', 'VN', ['Bộ trưởng Bùi Thanh Sơn']);
  const motegi = await person(prisma, 'Toshimitsu Motegi', 'JP', ['Motegi Toshimitsu']);
  const wangYi = await person(prisma, 'Vương Nghị', 'CN', ['Wang Yi']);
  const lim = await person(prisma, 'Lim Jock Hoi', null);
  const retno = await person(prisma, 'Retno Marsudi', 'ID');
  const lavrov = await person(prisma, 'Sergey Lavrov', 'RU', ['Xéc-gây La-vrốp']);

  const asean = await prisma.organisation.create({
    data: {
      name: 'Hiệp hội các quốc gia Đông Nam Á',
      folded: fold('Hiệp hội các quốc gia Đông Nam Á'),
      acronym: 'ASEAN',
      kind: 'INTERGOVERNMENTAL',
      aliases: { create: [{ alias: 'ASEAN', folded: 'asean' }] },
    },
  });
  const secretariat = await prisma.organisation.create({
    data: { name: 'Ban Thư ký ASEAN', folded: fold('Ban Thư ký ASEAN'), kind: 'INTERGOVERNMENTAL' },
  });
  await prisma.personRole.create({ data: { personId: lim.id, title: 'Tổng Thư ký ASEAN', organisationId: asean.id } });
  await prisma.personRole.create({ data: { personId: son.id, title: 'Bộ trưởng Ngoại giao', countryCode: 'VN' } });

  const amm54 = await meeting(prisma, {
    key: 'AMM-54',
    name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54',
    series: 'AMM',
    ordinal: 54,
    start: '2021-08-02',
    end: '2021-08-06',
    format: 'VIRTUAL',
    countryCode: 'BN',
    aliases: ['AMM-54', 'AMM 54'],
    chairLabel: 'Bru-nây',
    chairCountryCode: 'BN',
  });
  const aseanJapan = await meeting(prisma, {
    key: 'ASEAN-JP-FMM-2021',
    name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN-Nhật Bản',
    start: '2021-08-03',
    format: 'VIRTUAL',
    parentId: amm54.id,
  });
  const aseanPlus3 = await meeting(prisma, {
    key: 'APT-FMM-22',
    name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN+3',
    start: '2021-08-04',
    format: 'VIRTUAL',
    parentId: amm54.id,
  });
  const summit38 = await meeting(prisma, {
    key: 'ASEAN-SUMMIT-38',
    name: 'Hội nghị Cấp cao ASEAN lần thứ 38',
    series: 'ASEAN-SUMMIT',
    ordinal: 38,
    start: '2021-10-26',
    end: '2021-10-28',
    format: 'VIRTUAL',
    level: 'SUMMIT',
    countryCode: 'BN',
  });
  const summit39 = await meeting(prisma, {
    key: 'ASEAN-SUMMIT-39',
    name: 'Hội nghị Cấp cao ASEAN lần thứ 39',
    series: 'ASEAN-SUMMIT',
    ordinal: 39,
    start: '2021-10-26',
    end: '2021-10-28',
    format: 'VIRTUAL',
    level: 'SUMMIT',
    countryCode: 'BN',
  });
  const aseanRussia = await meeting(prisma, {
    key: 'ASEAN-RU-SFMM-2021',
    name: 'Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN-Nga',
    start: '2021-07-06',
    format: 'VIRTUAL',
    chairLabel: 'Retno Marsudi và Sergey Lavrov',
  });

  await prisma.meetingParticipant.createMany({
    data: [
      { meetingId: aseanJapan.id, personId: son.id },
      { meetingId: aseanJapan.id, personId: motegi.id },
      { meetingId: aseanPlus3.id, personId: son.id },
      { meetingId: aseanPlus3.id, personId: wangYi.id },
      { meetingId: aseanRussia.id, personId: retno.id, role: 'đồng chủ trì' },
      { meetingId: aseanRussia.id, personId: lavrov.id, role: 'đồng chủ trì' },
      { meetingId: summit38.id, personId: lim.id },
    ],
  });
  await prisma.meetingOrganisation.createMany({
    data: [
      { meetingId: amm54.id, organisationId: asean.id, role: 'tổ chức' },
      { meetingId: summit38.id, organisationId: asean.id },
      { meetingId: summit39.id, organisationId: asean.id },
    ],
  });

  const a1 = await article(prisma, 'Việt Nam dự Hội nghị AMM-54 và các hội nghị liên quan', ARTICLE_AMM54, '2021-08-04T10:00:00Z');
  const a2 = await article(prisma, 'Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN-Nga', ARTICLE_RUSSIA, '2021-07-06T12:00:00Z');
  const a3 = await article(prisma, 'Bế mạc Hội nghị Cấp cao ASEAN lần thứ 38 và 39', ARTICLE_SUMMIT, '2021-10-28T12:00:00Z');

  const lines = ARTICLE_AMM54.split('\n');
  const sonAtJapan = await statement(prisma, {
    articleId: a1.id, body: a1.body, sentence: lines[1]!, meetingId: aseanJapan.id, personId: son.id,
    speakerLabel: 'Bộ trưởng Bùi Thanh Sơn', verb: 'đề nghị', act: 'PROPOSE',
    content: 'Nhật Bản tiếp tục hỗ trợ ASEAN tiếp cận vắc-xin và tăng cường chuỗi cung ứng', saidOn: '2021-08-03',
  });
  const motegiId = await statement(prisma, {
    articleId: a1.id, body: a1.body, sentence: lines[2]!, meetingId: aseanJapan.id, personId: motegi.id,
    speakerLabel: 'Bộ trưởng Motegi Toshimitsu', verb: 'khẳng định', act: 'COMMIT',
    content: 'Nhật Bản sẽ đóng góp 1 triệu USD cho Quỹ ứng phó COVID-19 của ASEAN', saidOn: '2021-08-03',
  });
  const wangYiId = await statement(prisma, {
    articleId: a1.id, body: a1.body, sentence: lines[3]!, meetingId: aseanPlus3.id, personId: wangYi.id,
    speakerLabel: 'Bộ trưởng Vương Nghị', verb: 'cho biết', act: 'INFORM',
    content: 'Trung Quốc đã cung cấp 119 triệu liều vắc-xin cho các nước ASEAN', saidOn: '2021-08-04',
  });
  const sonQuote = await statement(prisma, {
    articleId: a1.id, body: a1.body, sentence: lines[4]!, meetingId: aseanPlus3.id, personId: son.id,
    speakerLabel: 'Bộ trưởng Bùi Thanh Sơn', verb: 'nhấn mạnh', act: 'ASSERT',
    content: 'Quan hệ ASEAN-Nhật Bản phát triển trên tinh thần trái tim tới trái tim', quote: true, saidOn: '2021-08-04',
  });
  await statement(prisma, {
    articleId: a1.id, body: a1.body, sentence: lines[5]!, meetingId: amm54.id,
    speakerLabel: 'Các Bộ trưởng', verb: 'nhấn mạnh', act: 'ASSERT',
    content: 'tuân thủ UNCLOS 1982 trong vấn đề Biển Đông', saidOn: '2021-08-05',
  });
  const lavrovId = await statement(prisma, {
    articleId: a2.id, body: a2.body, sentence: ARTICLE_RUSSIA.split('\n')[2]!, meetingId: aseanRussia.id, personId: lavrov.id,
    speakerLabel: 'Bộ trưởng Sergey Lavrov', verb: 'hoan nghênh', act: 'WELCOME',
    content: 'việc kỷ niệm 30 năm quan hệ đối thoại ASEAN-Nga', saidOn: '2021-07-06',
  });
  await statement(prisma, {
    articleId: a3.id, body: a3.body, sentence: ARTICLE_SUMMIT.split('\n')[0]!, meetingId: summit38.id, countryCode: 'BN',
    speakerLabel: 'Bru-nây', verb: 'chủ trì', act: 'OTHER',
    content: 'Hội nghị Cấp cao ASEAN lần thứ 38 và 39 được tổ chức trực tuyến', saidOn: '2021-10-26',
  });
  const limId = await statement(prisma, {
    articleId: a3.id, body: a3.body, sentence: ARTICLE_SUMMIT.split('\n')[1]!, meetingId: summit38.id, personId: lim.id,
    speakerLabel: 'Tổng Thư ký ASEAN Lim Jock Hoi', verb: 'thông báo', act: 'INFORM',
    content: 'Ban Thư ký đã trao 1,1 triệu USD vật tư y tế cho Hội Chữ thập đỏ Myanmar', saidOn: '2021-10-26',
  });

  await mention(prisma, a1.id, a1.body, 'Bùi Thanh Sơn', { personId: son.id });
  await mention(prisma, a1.id, a1.body, 'Motegi Toshimitsu', { personId: motegi.id });
  await mention(prisma, a1.id, a1.body, 'Vương Nghị', { personId: wangYi.id });
  await mention(prisma, a1.id, a1.body, 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54', { meetingId: amm54.id });
  await mention(prisma, a1.id, a1.body, 'AMM-54', { meetingId: amm54.id });
  await mention(prisma, a1.id, a1.body, 'Hội nghị Bộ trưởng Ngoại giao ASEAN-Nhật Bản', { meetingId: aseanJapan.id });
  await mention(prisma, a2.id, a2.body, 'Retno Marsudi', { personId: retno.id });
  await mention(prisma, a2.id, a2.body, 'Sergey Lavrov', { personId: lavrov.id });
  await mention(prisma, a2.id, a2.body, 'Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN-Nga', { meetingId: aseanRussia.id });
  await mention(prisma, a3.id, a3.body, 'Lim Jock Hoi', { personId: lim.id });
  await mention(prisma, a3.id, a3.body, 'Hội nghị Cấp cao ASEAN lần thứ 38', { meetingId: summit38.id });
  await mention(prisma, a3.id, a3.body, 'ASEAN', { organisationId: asean.id });

  // Undated texts exist (teaser lists): orderings by date must still page through them.
  for (let i = 1; i <= 3; i++) await article(prisma, `Tin vắn không ghi ngày ${i}`, `Bản tin ngắn số ${i}.`, null);

  const generatedMeetingIds = await insertGenerated(prisma);
  return {
    persons: { son: son.id, motegi: motegi.id, wangYi: wangYi.id, lim: lim.id, retno: retno.id, lavrov: lavrov.id },
    organisations: { asean: asean.id, secretariat: secretariat.id },
    meetings: {
      amm54: amm54.id, aseanJapan: aseanJapan.id, aseanPlus3: aseanPlus3.id,
      summit38: summit38.id, summit39: summit39.id, aseanRussia: aseanRussia.id,
    },
    articles: { amm54: a1.id, russia: a2.id, summit: a3.id },
    statements: { sonAtJapan, sonQuote, motegi: motegiId, wangYi: wangYiId, lavrov: lavrovId, lim: limId },
    generatedMeetingIds,
  };
}

/** 60 in-person 2019 meetings, 3 participants each (from 12 delegates), one statement per meeting. */
async function insertGenerated(prisma: PrismaClient): Promise<number[]> {
  const delegates = await prisma.person.createManyAndReturn({
    data: Array.from({ length: 12 }, (_, i) => {
      const name = `Đại biểu Thử nghiệm ${i + 1}`;
      return { name, folded: fold(name), countryCode: i % 2 ? 'JP' : 'VN' };
    }),
  });
  const lines = Array.from({ length: GENERATED_MEETINGS }, (_, i) => `Câu thử nghiệm số ${i + 1} về hợp tác khu vực.`);
  const body = lines.join('\n');
  const a = await article(prisma, 'Bài thử nghiệm tổng hợp', body, '2019-12-31T00:00:00Z');
  const dateOf = (i: number) => `2019-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const meetings = await prisma.meeting.createManyAndReturn({
    data: lines.map((_, i) => {
      const name = `Cuộc họp thử nghiệm ${i + 1}`;
      return {
        key: `GEN-${String(i + 1).padStart(3, '0')}`, name, folded: fold(name), series: 'GEN', ordinal: i + 1,
        level: 'MINISTERIAL' as const, startDate: new Date(dateOf(i)), startPrecision: 'DAY' as const,
        format: 'IN_PERSON' as const, countryCode: 'VN', city: i % 2 ? 'Hà Nội' : 'Đà Nẵng',
      };
    }),
  });
  meetings.sort((x, y) => x.ordinal! - y.ordinal!);
  const chosen = (i: number) => [0, 1, 2].map((k) => delegates[(i + k * 4) % delegates.length]!);
  await prisma.meetingParticipant.createMany({
    data: meetings.flatMap((m, i) => chosen(i).map((p) => ({ meetingId: m.id, personId: p.id }))),
  });
  await prisma.statement.createMany({
    data: meetings.map((m, i) => {
      const start = body.indexOf(lines[i]!);
      const speaker = chosen(i)[0]!;
      return {
        articleId: a.id, meetingId: m.id, speakerKind: 'PERSON' as const, speakerPersonId: speaker.id,
        speakerLabel: speaker.name, verb: 'phát biểu', act: 'ASSERT' as const, content: lines[i]!,
        evidenceStart: start, evidenceEnd: start + lines[i]!.length, saidOn: new Date(dateOf(i)), searchText: fold(lines[i]!),
      };
    }),
  });
  return meetings.map((m) => m.id);
}
