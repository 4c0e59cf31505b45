import { useState } from 'react';
import { layoutForTemplate, type ReportLayout } from '../../../shared/report/layouts.ts';
import { initialChoice, parseRememberedChoice, rememberedChoiceKey, rememberedChoiceText, withLayout } from '../export/export-options.ts';

/**
 * The meeting's chosen report layout: the one the export dialog last used for it (remembered per meeting), else the
 * layout of its agenda's source document. Choosing one here is remembered the same way, so the export opens with it.
 */
export function useReportLayout(meetingId: string, templateId: string): [ReportLayout, (layout: ReportLayout) => void] {
  const read = () => parseRememberedChoice(localStorage.getItem(rememberedChoiceKey(meetingId)));
  const fallback = layoutForTemplate(templateId);
  const [layout, setLayout] = useState<ReportLayout>(() => initialChoice(read(), fallback).layout);
  const choose = (next: ReportLayout) => {
    localStorage.setItem(rememberedChoiceKey(meetingId), rememberedChoiceText(withLayout(initialChoice(read(), fallback), next)));
    setLayout(next);
  };
  return [layout, choose];
}
