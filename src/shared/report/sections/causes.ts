import type { Why } from '../../domain/whys.ts';
import { causalChain } from '../../whys/causal-chain.ts';
import type { ReportNode } from '../nodes.ts';
import { whysOfKind, type ReportContext } from './context.ts';
import { empty, heading, listOr, paragraph } from './nodes.ts';

const NO_ROOT_CAUSE = 'No root cause was identified.';

/** The steps from a root cause to the impact people saw, each why's text, blank ones left out. */
function chainTexts(context: ReportContext, root: Why): string[] {
  return causalChain(context.source.whys, root.id)
    .map((why) => why.text)
    .filter((text) => text !== '');
}

/**
 * Each root cause with its causal chain read from trigger to impact (seed 004 asks for the chain, seed 001 for the
 * detailed root cause). Several root causes get a sub-heading each.
 */
export function rootCauseNodes(context: ReportContext, level: 3 | 4): ReportNode[] {
  const roots = whysOfKind(context, 'root');
  if (roots.length === 0) return [empty(NO_ROOT_CAUSE)];
  return roots.flatMap((root, index) => {
    const chain = chainTexts(context, root);
    const nodes: ReportNode[] = roots.length > 1 ? [heading(level, `Root cause ${index + 1}`)] : [];
    nodes.push(paragraph(root.text));
    if (chain.length > 1) {
      nodes.push(paragraph('Causal chain, from trigger to impact:'), { type: 'list', ordered: true, items: chain });
    }
    return nodes;
  });
}

/** Seed 004's causal chain as "cause → effect" steps, one list per root cause. */
export function causalChainNodes(context: ReportContext): ReportNode[] {
  const roots = whysOfKind(context, 'root');
  const chains = roots.map((root) => chainTexts(context, root)).filter((chain) => chain.length > 1);
  if (chains.length === 0) return [empty('No causal chain was traced from a root cause to the impact.')];
  return chains.flatMap((chain, index) => {
    const steps = chain.slice(1).map((effect, step) => `${chain[step] ?? ''} → ${effect}`);
    const nodes: ReportNode[] = chains.length > 1 ? [paragraph(`From root cause ${index + 1}:`)] : [];
    nodes.push({ type: 'list', ordered: true, items: steps });
    return nodes;
  });
}

/** The root causes alone, for seed 004's one-line "root cause" part. */
export function rootCauseList(context: ReportContext): ReportNode[] {
  return listOr(
    false,
    whysOfKind(context, 'root').map((why) => why.text),
    NO_ROOT_CAUSE,
  );
}

export function contributingFactorTexts(context: ReportContext): string[] {
  return whysOfKind(context, 'contributing').map((why) => why.text);
}

export const NO_CONTRIBUTING_FACTORS = 'No contributing factors were recorded.';

export function contributingFactorNodes(context: ReportContext, ordered: boolean): ReportNode[] {
  return listOr(ordered, contributingFactorTexts(context), NO_CONTRIBUTING_FACTORS);
}

/**
 * Answers in the 5 Whys not yet marked as symptom, contributing factor or root cause, so nothing said in the meeting
 * is left out of the report. Nothing at all when every answer is classified.
 */
export function unclassifiedWhyNodes(context: ReportContext, level: 3 | 4): ReportNode[] {
  const texts = whysOfKind(context, 'unclassified').map((why) => why.text);
  if (texts.length === 0) return [];
  return [heading(level, 'Answers not yet classified'), { type: 'list', ordered: false, items: texts }];
}
