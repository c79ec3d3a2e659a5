/**
 * Simulated latency, jitter and seed (carried by share links). A native <details> popover whose
 * chip names each setting; Escape or a click outside closes it and gives focus back to the chip.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useApp } from '../../state/store.ts';
import { PROVIDERS, PROVIDER_LABELS, isProvider, type RunSettings } from '../../runner/types.ts';

const FIELDS: { key: 'latencyMs' | 'jitterMs' | 'seed'; label: string; max: number; testid: string }[] = [
  { key: 'latencyMs', label: 'Latency (ms)', max: 5000, testid: 'latency-input' },
  { key: 'jitterMs', label: 'Jitter (ms)', max: 5000, testid: 'jitter-input' },
  { key: 'seed', label: 'Seed', max: 2 ** 31, testid: 'seed-input' },
];

/**
 * The chip's text: every number named, e.g. "Latency 30 ms · jitter 0 · seed 1". The provider is
 * in the popover and on the timeline's tag (the chip with it overflowed the toolbar at 1024 px).
 */
export function runSettingsLabel(s: RunSettings): string {
  return `Latency ${s.latencyMs} ms · jitter ${s.jitterMs ? `±${s.jitterMs} ms` : '0'} · seed ${s.seed}`;
}

export function RunSettingsMenu() {
  const settings = useApp((s) => s.settings);
  const setSettings = useApp((s) => s.setSettings);
  const ref = useRef<HTMLDetailsElement>(null);
  useCloseOnEscapeAndOutside(ref);
  return (
    <details className="settings-menu" ref={ref}>
      <summary
        className="btn btn-sm"
        title={`Simulated database: ${runSettingsLabel(settings)} · ${PROVIDER_LABELS[settings.provider ?? 'sqlserver']}`}
        data-testid="run-settings-menu"
      >
        {runSettingsLabel(settings)}
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

/** Closes the open popover on Escape (inside it) or a pointer press outside it, focusing the chip. */
function useCloseOnEscapeAndOutside(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const close = (refocus: boolean) => {
      const details = ref.current;
      if (!details?.open) return;
      details.open = false;
      if (refocus) details.querySelector('summary')?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && ref.current?.open && ref.current.contains(document.activeElement)) {
        e.preventDefault();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.open || ref.current.contains(e.target as Node)) return;
      close(false);
      // Focus goes back to the chip unless the click lands on a control, which takes it. After
      // the press: its default action moves focus to the nearest focusable ancestor (a scroller).
      if (!isControl(e.target)) {
        document.addEventListener('pointerup', () => ref.current?.querySelector('summary')?.focus(), {
          once: true,
        });
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [ref]);
}

function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(
      'button, a[href], input, select, textarea, summary, [contenteditable], [role=tab], [role=slider], .monaco-editor',
    ) !== null
  );
}
