import type { RegionCode } from '../../report/channels.ts';
import { RegionChannels, RegionSelect } from '../../report/ui/channel-list.tsx';
import { t } from '../../shared/i18n.ts';

/** Where to report in the user's region. */
export function ReportScreen({
  region,
  uiLocale,
  onRegion,
}: {
  region: RegionCode | null;
  uiLocale: string;
  onRegion: (r: RegionCode) => void;
}) {
  return (
    <div class="lw-report-screen">
      <label for="lw-popup-region" class="lw-label">
        {t('report_region_label')}
      </label>
      <RegionSelect id="lw-popup-region" value={region} uiLocale={uiLocale} onChange={onRegion} />
      {region ? (
        <RegionChannels region={region} compact />
      ) : (
        <p class="lw-hint">{t('report_region_missing')}</p>
      )}
    </div>
  );
}
