import { SEVERITIES, type Severity } from '../../types.ts';
import { pathToFileURL } from 'node:url';
import type { PipelineResult } from '../../pipeline.ts';
import { severityRank } from '../../findings/types.ts';
import { notReviewed, refutedFindings, reportedFindings, where, type ReportMeta } from './findings.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  major: 'error',
  minor: 'warning',
  nit: 'note',
};

const RULE_TEXT: Record<Severity, string> = {
  critical: 'Critical: exploitable, or loses data',
  major: 'Major: a bug users will hit',
  minor: 'Minor: a likely bug or a risky pattern',
  nit: 'Nit: style or naming',
};

/**
 * SARIF 2.1.0 (`--format sarif`), for GitHub code scanning and other CI tools. One rule per
 * severity; a finding on a deleted line points at its file only (the line no longer exists).
 */
export function toSarif(r: PipelineResult, meta: ReportMeta): string {
  // Refuted findings are results too, suppressed with the second look's reason: kept, not alerted on.
  const findings = [
    ...reportedFindings(r).map((f) => ({ ...f, refuted: null })),
    ...refutedFindings(r).map((f) => ({
      ...f,
      placement: 'refuted' as const,
      refuted: `Refuted on a second look (${f.confidence} confidence): ${f.evidence || 'no reason given'}`,
    })),
  ];
  const rules = SEVERITIES.map((s) => ({
    id: `vtrix-review/${s}`,
    name: `${s[0]!.toUpperCase()}${s.slice(1)}Finding`,
    shortDescription: { text: RULE_TEXT[s] },
    defaultConfiguration: { level: LEVEL[s] },
    properties: { tags: ['code-review'] },
  }));
  const results = findings.map((f) => {
    const uri = f.path
      .split('/')
      .map((p) => encodeURIComponent(p))
      .join('/');
    const right = f.side === 'RIGHT';
    const region = { startLine: f.startLine ?? f.line, endLine: f.line };
    const head = f.title.trim() || f.severity;
    const text = right ? `${head}\n\n${f.body}` : `${head} (on deleted ${where(f)})\n\n${f.body}`;
    const result: Record<string, unknown> = {
      ruleId: `vtrix-review/${f.severity}`,
      ruleIndex: severityRank(f.severity),
      level: LEVEL[f.severity],
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            ...(right ? { region } : {}),
          },
        },
      ],
      properties: { severity: f.severity, placement: f.placement },
    };
    if (f.refuted) result['suppressions'] = [{ kind: 'external', justification: f.refuted }];
    if (f.fingerprint) result['partialFingerprints'] = { 'vtrixReviewFinding/v1': f.fingerprint };
    if (right && f.suggestion !== null) {
      result['fixes'] = [
        {
          description: { text: 'Suggested change' },
          artifactChanges: [
            {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  // Whole lines out, the suggested lines in (as GitHub's suggestion blocks do).
                  deletedRegion: region,
                  insertedContent: { text: f.suggestion.replace(/\n$/, '') },
                },
              ],
            },
          ],
        },
      ];
    }
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vtrix-review',
            version: meta.version,
            informationUri: 'https://github.com/vtrix/vtrix-review',
            rules,
          },
        },
        automationDetails: { id: 'vtrix-review/' },
        ...(meta.root
          ? {
              originalUriBaseIds: {
                '%SRCROOT%': { uri: pathToFileURL(meta.root.replace(/\/?$/, '/')).href },
              },
            }
          : {}),
        results,
        properties: {
          source: meta.source,
          model: meta.model,
          reasoningEffort: meta.effort,
          notReviewed: notReviewed([...r.failed, ...r.skipped]),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
