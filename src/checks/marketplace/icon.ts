/**
 * The plugin icon, as the dify-plugins pre-check workflow checks it (dify-format.md §6.2 step 5):
 * `_assets/<icon>` exists, is not a `dify plugin init` template icon (they all carry the marker
 * text), and is not the old default "P" icon (compared with all whitespace removed, as the workflow
 * does with `tr -d`).
 */
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import type { CheckContext } from './context.js';

export const TEMPLATE_MARKER = 'DIFY_MARKETPLACE_TEMPLATE_ICON_DO_NOT_USE';
/** The workflow's DEFAULT_ICON with every space, tab and newline removed. */
const DEFAULT_ICON =
  '<svgwidth="100"height="100"xmlns="http://www.w3.org/2000/svg"><pathd="M2020V80M2020H60Q802080T6060H20"fill="none"stroke="black"stroke-width="5"/></svg>';
const DEFAULT_PATH = 'M20 20 V80 M20 20 H60 Q80 20 80 40 T60 60 H20';

export async function iconRules(ctx: CheckContext): Promise<Finding[]> {
  const icon = ctx.manifestString('/icon');
  if (!icon) return []; // a missing `icon` field is DPR530
  const file = `_assets/${icon}`;
  const at = ctx.at('/icon');
  if (!ctx.has(file)) {
    return [
      finding('DPR560', `the icon ${file} is not in the package: the marketplace refuses the submission`, {
        ...at,
        fix: `Add ${file}, or set \`icon:\` to a file under _assets/ (the name is relative to _assets/).`,
      }),
    ];
  }
  const bytes = await ctx.bytes(file);
  if (!bytes) return [];
  const text = bytes.toString('latin1');
  if (text.includes(TEMPLATE_MARKER)) {
    return [
      finding(
        'DPR561',
        `${file} is the icon \`dify plugin init\` generates (it contains ${TEMPLATE_MARKER})`,
        {
          ...at,
          fix: 'Draw your own icon; the marketplace refuses the template icon.',
        },
      ),
    ];
  }
  const squeezed = text.replace(/[\n\r\t ]/g, '');
  if (
    squeezed === DEFAULT_ICON ||
    (text.includes(DEFAULT_PATH) && squeezed.length < DEFAULT_ICON.length + 80)
  ) {
    return [
      finding('DPR562', `${file} is the old default "P" icon`, {
        ...at,
        fix: 'Draw your own icon; the marketplace refuses the default one.',
      }),
    ];
  }
  return [];
}
