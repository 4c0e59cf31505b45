import { useState } from 'react';
import type { ReportLayout } from '../../../shared/report/layouts.ts';
import { initialChoice, parseRememberedChoice, rememberedChoiceKey, rememberedChoiceText, withLayout } from '../export/export-options.ts';

/**
 * The meeting's chosen report layout: the one the export dialog last used for it (remembered per meeting), the
 * post-incident review until one is chosen. Choosing one here is remembered the same way, so the export opens with it.
 */
export function useReportLayout(meetingId: string): [ReportLayout, (layout: ReportLayout) => void] {
  const read = () => parseRememberedChoice(localStorage.getItem(rememberedChoiceKey(meetingId)));
  const [layout, setLayout] = useState<ReportLayout>(() => initialChoice(read()).layout);
  const choose = (next: ReportLayout) => {
    localStorage.setItem(rememberedChoiceKey(meetingId), rememberedChoiceText(withLayout(initialChoice(read()), next)));
    setLayout(next);
  };
  return [layout, choose];
}
