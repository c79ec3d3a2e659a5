/** The settings a run was made with, shown with every run so it can be reproduced. */
import { useApp } from '../../state/store.ts';
import { fmtProvider, fmtSettings } from './format.ts';

export function RunSettingsTag() {
  const settings = useApp((s) => s.run?.settings);
  const load = useApp((s) => s.runLoad);
  if (!settings) return null;
  return (
    <>
      <span
        className="run-settings-tag"
        data-testid="run-provider"
        title="The database provider this run simulated"
      >
        {fmtProvider(settings)}
      </span>
      <span
        className="run-settings-tag"
        data-testid="run-settings"
        title="The settings of this run: same code + same settings ⇒ the same run"
      >
        {fmtSettings({ ...settings, provider: undefined }, load)}
      </span>
    </>
  );
}
