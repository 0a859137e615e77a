// Recognition by shape: names after titles and honorifics in several script conventions, bodies by
// their head noun, and a short name ("ông Minh") read as the person last named so. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../src/ingest/organisations.ts';
import { extractDocument } from '../../src/ingest/pipeline.ts';
import { findPersons } from '../../src/ingest/persons.ts';

const names = (text: string) => findPersons(text).filter((p) => !p.nominal).map((p) => p.name);

describe('persons by shape', () => {
  it('reads no name where a place the gazetteer knows follows an honorific', () => {
    // "Hàn Quốc" has a name's shape (family name Hàn, given name Quốc) but is a country.
    expect(names('Việt Nam mong sớm được đón người đồng chí Hàn Quốc sang thăm.')).toEqual([]);
    expect(names('Việt Nam mong sớm được đón đồng chí Trần Cẩm Tú sang thăm.')).toEqual(['Trần Cẩm Tú']);
  });

  it('reads a portfolio outside any list as the title, and the name after it', () => {
    expect(names('Bộ trưởng Mỏ và Năng lượng Chile Diego Pardow phát biểu.')).toEqual(['Diego Pardow']);
    expect(names('Thống đốc Ngân hàng Trung ương Philippines Eli Remolona gặp Phó Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng Hồ Kỳ Minh.'))
      .toEqual(['Eli Remolona', 'Hồ Kỳ Minh']);
  });

  it('keeps a nominal mention when no name follows the portfolio', () => {
    const [p] = findPersons('Bộ trưởng Giao thông vận tải nhấn mạnh yêu cầu an toàn.');
    expect(p).toMatchObject({ nominal: true, role: 'Bộ trưởng Giao thông vận tải' });
  });

  it('reads Arabic, Iberian, Russian and transliterated names whole', () => {
    expect(names('Thái tử Saudi Arabia Mohammed bin Salman Al Saud tiếp đoàn.')).toEqual(['Mohammed bin Salman Al Saud']);
    expect(names('Tổng thống Brazil Luiz Inácio Lula da Silva và Thủ tướng Bồ Đào Nha Luís Montenegro hội đàm.')).toEqual(['Luiz Inácio Lula da Silva', 'Luís Montenegro']);
    expect(names('Thủ tướng Nga Mikhail Vladimirovich Mishustin cho biết.')).toEqual(['Mikhail Vladimirovich Mishustin']);
    expect(findPersons('đồng chí Ê-ri-ch Hô-nếch-cơ (Erich Honecker) đã thăm Hà Nội.')[0]).toMatchObject({ name: 'Ê-ri-ch Hô-nếch-cơ', alias: 'Erich Honecker' });
  });

  it('does not take a delegation, a place or a body for a person', () => {
    expect(names('Đoàn Thái Lan rời Hà Nội; các đại biểu tham quan Hồ Tây.')).toEqual([]);
    expect(names('Ông Lê Văn Tám, đại diện Quỹ Rosa Luxemburg tại Việt Nam, phát biểu.')).toEqual(['Lê Văn Tám']);
  });
});

describe('organisations by head noun', () => {
  const orgs = (text: string) => findOrganisations(text).organisations.map((o) => [o.name, o.countryCode]);

  it('gives a ministry the country the text names, Việt Nam only when none', () => {
    expect(orgs('Bộ Ngoại giao Vương quốc Anh và Bộ Quốc phòng trao đổi thông tin.')).toEqual([['Bộ Ngoại giao Vương quốc Anh', 'GB'], ['Bộ Quốc phòng Việt Nam', 'VN']]);
    expect(orgs('Bộ Du lịch Campuchia mời đoàn.')).toEqual([['Bộ Du lịch Campuchia', 'KH']]);
  });

  it('reads bodies outside the lexicon by their head', () => {
    expect(orgs('Hội Hữu nghị Việt Nam - Mông Cổ và hãng Boeing ký kết.')).toEqual([['Hội Hữu nghị Việt Nam - Mông Cổ', null], ['hãng Boeing', null]]);
  });

  it('reads a listed body after a common-noun head as that body, its mention taking the head', () => {
    const found = findOrganisations('Hôm 7/2, báo Straits Times đưa tin.').organisations;
    expect(found.map((o) => [o.name, o.text])).toEqual([['Straits Times', 'báo Straits Times']]);
    // Unlisted, the same shape is a body of its own.
    expect(orgs('Hôm 7/2, báo Ponegab Zupap đưa tin.')).toEqual([['báo Ponegab Zupap', null]]);
  });
});

describe('a short name is the person last named so', () => {
  it('reads "ông Minh" as the Minh named last', () => {
    const text = 'Thủ tướng Nguyễn Văn Minh hội đàm với Bộ trưởng Ngoại giao Trần Quang Minh. Sau đó, ông Minh trả lời báo chí.\n';
    const { persons } = extractDocument(text).graph;
    const mentions = Object.fromEntries(persons.map((p) => [p.name, p.mentions.map((m) => m.text)]));
    expect(mentions['Trần Quang Minh']).toContain('Minh');
    expect(mentions['Nguyễn Văn Minh']).not.toContain('Minh');
  });
});
