// Imports every domain file (each registers its types and fields) and builds the schema once.
import { lexicographicSortSchema } from 'graphql';
import { installReadPlanner } from '../read/install.ts';
import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './errors.ts';
import './country.ts';
import './mentions.ts';
import './article.ts';
import './meeting.ts';
import './person.ts';
import './organisation.ts';
import './statement.ts';
import './document.ts';
import './search.ts';

export const schema = builder.toSchema();
installReadPlanner(schema);

/** The schema as committed in schema.graphql: sorted, so diffs show real changes only. */
export const sortedSchema = lexicographicSortSchema(schema);
