// The example tab GraphiQL opens with: the questions analysts bring (shared/notes/questions.md),
// each as a named operation. tests/api/safety.test.ts runs every one against the fixture graph.

// Laid out to fit: no line is longer than EXAMPLE_LINE_WIDTH, so the editor shows every line whole
// beside the explorer panel (tests/ops/graphiql-browser.test.ts checks it in Chromium).
export const EXAMPLE_LINE_WIDTH = 48;

export const EXAMPLE_OPERATIONS = {
  StatementsDuringAMM54: `# 1. What did Bùi Thanh Sơn say during the
#    AMM-54 week, and where does the text say
#    so?
query StatementsDuringAMM54 {
  meetings(
    first: 1
    filter: { search: "AMM-54" }
  ) {
    edges { node {
      key name startDate endDate format
      children {
        key name
        statements(
          first: 20
          orderBy: SAID_ON_ASC
          filter: { search: "Bùi Thanh Sơn" }
        ) {
          edges { node {
            saidOn verb act content
            isDirectQuote
            evidence { text start end }
            speaker {
              ... on Person {
                name country { name }
              }
            }
          } }
        }
      }
    } }
  }
}`,
  OnlineMeetings2021: `# 2. Which meetings were held online in 2021?
query OnlineMeetings2021 {
  meetings(
    first: 50
    filter: {
      format: VIRTUAL, from: "2021", to: "2021"
    }
    orderBy: START_DATE_ASC
  ) {
    totalCount
    edges { node {
      key name startDate endDate
      country { name }
      parent { key }
    } }
  }
}`,
  CoChairs: `# 3. Who co-chaired the special ASEAN-Russia
#    meeting?
query CoChairs {
  meetings(
    first: 1
    filter: { search: "ASEAN-Nga" }
  ) {
    edges { node {
      name startDate
      chair { label }
      participants(first: 10) {
        edges {
          role
          node { name country { name nameEn } }
        }
      }
    } }
  }
}`,
  Timeline: `# 5. Lim Jock Hoi's timeline: roles, statements,
#    meetings and the articles that mention him.
query Timeline {
  persons(
    first: 1
    filter: { search: "Lim Jock Hoi" }
  ) {
    edges { node {
      name aliases
      roles {
        title organisation { name acronym }
      }
      statements(
        first: 20
        orderBy: SAID_ON_ASC
      ) {
        totalCount
        edges { node {
          saidOn content meeting { name }
        } }
      }
      meetings(first: 20) {
        totalCount
        edges {
          role node { key name startDate }
        }
      }
      articles(first: 20) {
        totalCount
        edges { node { title publishedAt } }
      }
    } }
  }
}`,
  SearchWithoutDiacritics: `# 6. "bien dong" typed without diacritics:
#    ranked hits with highlighted snippets.
query SearchWithoutDiacritics {
  search(query: "bien dong", first: 10) {
    type score matchedText
    snippet { marked(open: "«", close: "»") }
    node {
      ... on Article { title }
      ... on Statement { speakerLabel content }
      ... on Meeting { key }
    }
  }
}`,
  OnePersonManyNames: `# 7. "Motegi": one person, whichever order the
#    text wrote the name in; "Wang Yi" finds
#    Vương Nghị.
query OnePersonManyNames {
  motegi: search(
    query: "Motegi"
    types: [PERSON]
  ) {
    score matchedText
    node { ... on Person { name aliases } }
  }
  wangYi: search(
    query: "Wang Yi"
    types: [PERSON]
  ) {
    score matchedText
    node { ... on Person { name aliases } }
  }
}`,
  FixAMeeting: `# Curation needs the header (Headers tab below):
#   Authorization: Bearer <DIPLOGRAPH_API_KEY>
mutation FixAMeeting($id: ID!) {
  updateMeeting(
    input: {
      id: $id
      startDate: "2021-07-06"
      format: VIRTUAL
    }
  ) {
    __typename
    ... on UpdateMeetingPayload {
      meeting { key startDate format }
    }
    ... on UserError { code message }
  }
}`,
} as const;

export const GRAPHIQL_DEFAULT_QUERY = `# Diplograph: Vietnamese diplomatic news as a
# graph.
# Run an operation with the ▶ button, or build
# one by ticking fields in the Explorer (left).
# Reads need no key; mutations need the header
#   Authorization: Bearer <DIPLOGRAPH_API_KEY>

${Object.values(EXAMPLE_OPERATIONS).join('\n\n')}
`;
