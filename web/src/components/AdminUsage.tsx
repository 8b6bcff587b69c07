import { useEffect, useState } from 'react';
import { type AdminJobs, type AdminUsage, api } from '../api.ts';
import type { Strings } from '../i18n.ts';
import { Chart } from './AnalysisView.tsx';

/** Administrators: model tokens per user and per day (from the meter), and the indexing jobs. */
export function AdminUsagePanel({ t }: { t: Strings }) {
  const [usage, setUsage] = useState<AdminUsage | undefined>();
  const [jobs, setJobs] = useState<AdminJobs | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    api.adminUsage(14).then(setUsage, (thrown: Error) => setError(thrown.message));
    api.adminJobs().then(setJobs, (thrown: Error) => setError(thrown.message));
  }, []);
  return (
    <>
      <section className="admin-usage" aria-label={t.usage}>
        <h3>{t.usage}</h3>
        {usage && !usage.metered && <p>{t.notMetered}</p>}
        {usage?.metered && usage.byUser.length === 0 && <p>{t.noUsage}</p>}
        {usage && usage.byUser.length > 0 && (
          <>
            <table className="result-table">
              <thead>
                <tr>
                  <th scope="col">{t.user}</th>
                  <th scope="col">{t.calls}</th>
                  <th scope="col">{t.tokensIn}</th>
                  <th scope="col">{t.tokensOut}</th>
                </tr>
              </thead>
              <tbody>
                {usage.byUser.map((row) => (
                  <tr key={row.key}>
                    <td>{row.key}</td>
                    <td className="number">{row.calls}</td>
                    <td className="number">{row.inputTokens.toLocaleString()}</td>
                    <td className="number">{row.outputTokens.toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Chart
              label={t.tokensPerUser}
              chart={{
                kind: 'column',
                categories: usage.byUser.map((row) => row.key),
                series: [
                  { name: t.tokensIn, values: usage.byUser.map((row) => row.inputTokens) },
                  { name: t.tokensOut, values: usage.byUser.map((row) => row.outputTokens) },
                ],
              }}
            />
            <Chart
              label={t.tokensPerDay}
              chart={{
                kind: 'line',
                categories: usage.byDay.map((row) => row.key),
                series: [
                  { name: t.tokens, values: usage.byDay.map((row) => row.inputTokens + row.outputTokens) },
                ],
              }}
            />
          </>
        )}
      </section>
      <section className="admin-jobs" aria-label={t.jobs}>
        <h3>{t.jobs}</h3>
        {jobs && (
          <>
            <p>
              {Object.entries(jobs.counts)
                .map(([status, count]) => `${status}: ${count}`)
                .join(' · ')}
            </p>
            <table className="result-table">
              <thead>
                <tr>
                  <th scope="col">{t.file}</th>
                  <th scope="col">{t.owner}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.attempts}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.jobs.map((job) => (
                  <tr key={job.id}>
                    <td>{job.name ?? job.fileId}</td>
                    <td>{job.owner ?? ''}</td>
                    <td>
                      <span className={`label ${job.status}`} title={job.error}>
                        {job.status}
                      </span>
                    </td>
                    <td className="number">{job.attempts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      {error && <p className="error">{error}</p>}
    </>
  );
}
