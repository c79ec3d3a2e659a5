/** Simulated latency, jitter and seed (carried by share links). A native <details> popover. */
import { useApp } from '../../state/store.ts';
import { PROVIDERS, PROVIDER_LABELS, isProvider } from '../../runner/types.ts';

const FIELDS: { key: 'latencyMs' | 'jitterMs' | 'seed'; label: string; max: number; testid: string }[] = [
  { key: 'latencyMs', label: 'Latency (ms)', max: 5000, testid: 'latency-input' },
  { key: 'jitterMs', label: 'Jitter (ms)', max: 5000, testid: 'jitter-input' },
  { key: 'seed', label: 'Seed', max: 2 ** 31, testid: 'seed-input' },
];

export function RunSettingsMenu() {
  const settings = useApp((s) => s.settings);
  const setSettings = useApp((s) => s.setSettings);
  return (
    <details className="settings-menu">
      <summary className="btn btn-sm" title="Simulated database latency, jitter and seed" data-testid="run-settings-menu">
        {settings.latencyMs} ms{settings.jitterMs ? ` ±${settings.jitterMs}` : ''} · seed {settings.seed}
      </summary>
      <div className="settings-pop" role="group" aria-label="Run settings">
        {FIELDS.map((f) => (
          <label key={f.key} className="settings-field">
            <span>{f.label}</span>
            <input
              type="number"
              min={0}
              max={f.max}
              value={settings[f.key]}
              data-testid={f.testid}
              onChange={(e) => {
                const v = Math.max(0, Math.min(f.max, Math.floor(Number(e.target.value) || 0)));
                setSettings({ [f.key]: v });
              }}
            />
          </label>
        ))}
        <label className="settings-field">
          <span>Provider</span>
          <select
            value={settings.provider ?? 'sqlserver'}
            data-testid="provider-select"
            onChange={(e) => isProvider(e.target.value) && setSettings({ provider: e.target.value })}
          >
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {PROVIDER_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted settings-note">Same code + same settings ⇒ the same run, every time.</p>
      </div>
    </details>
  );
}
