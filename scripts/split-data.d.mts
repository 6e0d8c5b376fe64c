// Types of scripts/split-data.mjs, for tests/generated-data.test.ts.
export declare const LANGS: readonly ['en', 'es'];
export declare function splitReport(report: unknown, lang: 'en' | 'es'): unknown;
export declare function metricsSlice(report: unknown, lang: 'en' | 'es'): unknown;
export declare function metricFile(report: unknown, metricId: string, lang: 'en' | 'es'): unknown;
export declare function metricFileName(reportId: string, metricId: string, lang: 'en' | 'es'): string;
export declare function generatedFiles(report: { id: string }): Record<string, string>;
