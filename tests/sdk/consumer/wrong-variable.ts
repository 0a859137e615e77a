// Must NOT compile: the meeting query takes `id`, not `key`.
import { createDiplographClient } from '@diplograph/sdk';

const client = createDiplographClient({ url: 'http://localhost:4000/graphql' });
await client.meeting({ key: 'AMM-54' });
