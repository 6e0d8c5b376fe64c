/** TypeScript types of the report model, inferred from the one schema in `schema.ts`. */
import type * as v from 'valibot';
import type * as s from './schema.js';

export type Localized = v.InferOutput<typeof s.Localized>;
export type Agency = v.InferOutput<typeof s.Agency>;
export type Leader = v.InferOutput<typeof s.Leader>;
export type Delegation = v.InferOutput<typeof s.Delegation>;
export type Link = v.InferOutput<typeof s.Link>;
export type Initiative = v.InferOutput<typeof s.Initiative>;
export type InitiativeStatus = v.InferOutput<typeof s.InitiativeStatus>;
export type Section = v.InferOutput<typeof s.Section>;
export type Pillar = v.InferOutput<typeof s.Pillar>;
export type Statement = v.InferOutput<typeof s.Statement>;
export type Metric = v.InferOutput<typeof s.Metric>;
export type MetricUnit = v.InferOutput<typeof s.MetricUnit>;
export type MetricQualifier = v.InferOutput<typeof s.MetricQualifier>;
export type HledEvent = v.InferOutput<typeof s.Event>;
export type EventStatus = v.InferOutput<typeof s.EventStatus>;
export type Report = v.InferOutput<typeof s.Report>;
