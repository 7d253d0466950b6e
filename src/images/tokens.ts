/**
 * Prompt tokens one image costs, at `detail: "high"`, by the rule OpenAI documents for its GPT-4o-class
 * models (the vtrix reference states none): the image is scaled to fit within 2048×2048, then so that
 * its shortest side is at most 768 px, and costs 85 tokens plus 170 per 512×512 tile it covers.
 * Other models count differently: an estimate, kept on the high side by the plan's margin.
 */
export function imageTokens(width: number, height: number): number {
  let w = width;
  let h = height;
  const fit = Math.min(1, 2048 / Math.max(w, h));
  w *= fit;
  h *= fit;
  const short = Math.min(1, 768 / Math.min(w, h));
  w *= short;
  h *= short;
  const tiles = Math.ceil(Math.round(w) / 512) * Math.ceil(Math.round(h) / 512);
  return 85 + 170 * tiles;
}
