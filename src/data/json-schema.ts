/**
 * The report schema as JSON Schema (draft-07), for people who write report files with other tools.
 * Generated from the one valibot schema in `schema.ts`; `node scripts/json-schema.mjs` writes
 * it to `data/report.schema.json` (a test keeps it in sync). The two valibot steps that JSON
 * Schema has no word for are translated by hand below, and any other one fails the conversion, so the published schema never silently
 * accepts less than the validator.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { Report } from './schema.js';

export function reportJsonSchema(): JsonSchema {
  const schema = toJsonSchema(Report, {
    target: 'draft-07',
    overrideAction({ valibotAction, jsonSchema }) {
      // `trim` then `nonEmpty`: the text must hold a non-space character.
      if (valibotAction.type === 'trim') return { ...jsonSchema, pattern: '\\S' };
      // Metric: a "range" has `max`, nothing else has.
      const message = 'message' in valibotAction ? String(valibotAction.message) : '';
      if (valibotAction.type === 'check' && message.includes('"range"')) {
        return {
          ...jsonSchema,
          if: { properties: { qualifier: { const: 'range' } } },
          then: { required: ['max'] },
          else: { not: { required: ['max'] } },
        };
      }
      return null;
    },
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'HLED progress report',
    description:
      'One U.S.–Mexico High-Level Economic Dialogue progress report, in English and Spanish, each item with the sentence(s) of the report it comes from.',
    ...schema,
  };
}
