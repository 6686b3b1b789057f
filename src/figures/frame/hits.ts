/**
 * Hit areas: every mark answers a tap or click anywhere in a box of at least 24 × 24 CSS px around it (WCAG
 * 2.5.8), the whole of a hollow bar included, not just its outline. The box is a transparent rect drawn
 * first inside the mark's group; where two marks are closer than that, each box stops halfway between them,
 * so a tap at a mark's centre always reaches that mark. Sizes are in CSS px, so the boxes are redrawn when
 * the graphic's scale changes.
 */

export const MIN_HIT = 24;
const HIT_CLASS = 'mark-hit';

interface Area {
  mark: SVGGraphicsElement;
  /** The mark's own box, in the coordinates of its parent (user units). */
  x: number;
  y: number;
  width: number;
  height: number;
  cx: number;
  cy: number;
}

/** The box of a mark's shape (its `.mark-shape` elements, or the whole group): labels and leaders aside. */
export function shapeBox(mark: SVGGraphicsElement): DOMRect {
  const shapes = [...mark.querySelectorAll<SVGGraphicsElement>(':scope > .mark-shape')];
  if (shapes.length === 0) return mark.getBBox();
  const boxes = shapes.map((shape) => shape.getBBox());
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return new DOMRect(x, y, Math.max(...boxes.map((b) => b.x + b.width)) - x, Math.max(...boxes.map((b) => b.y + b.height)) - y);
}

function ownBox(mark: SVGGraphicsElement): Area | undefined {
  mark.querySelector(`:scope > .${HIT_CLASS}`)?.remove();
  if (mark.getClientRects().length === 0) return undefined;
  const box = shapeBox(mark);
  return { mark, x: box.x, y: box.y, width: box.width, height: box.height, cx: box.x + box.width / 2, cy: box.y + box.height / 2 };
}

/** Redraws the hit boxes of the rendered marks of one SVG. */
function fitSvg(svg: SVGSVGElement, marks: SVGGraphicsElement[]): void {
  const scale = svg.getScreenCTM()?.a ?? 1;
  if (!(scale > 0)) return;
  const min = (MIN_HIT + 2) / scale;
  const areas = marks.map(ownBox).filter((area): area is Area => area !== undefined);
  for (const area of areas) {
    const width = Math.max(area.width, min);
    const height = Math.max(area.height, min);
    let left = area.cx - width / 2;
    let right = area.cx + width / 2;
    let top = area.cy - height / 2;
    let bottom = area.cy + height / 2;
    // Stop halfway to any other mark's centre inside the box, on the side where it lies.
    for (const other of areas) {
      if (other === area || other.mark.parentNode !== area.mark.parentNode) continue;
      if (other.cx <= left || other.cx >= right || other.cy <= top || other.cy >= bottom) continue;
      const dx = other.cx - area.cx;
      const dy = other.cy - area.cy;
      if (Math.abs(dx) >= Math.abs(dy)) {
        if (dx > 0) right = Math.max(area.x + area.width, area.cx + dx / 2);
        else left = Math.min(area.x, area.cx + dx / 2);
      } else if (dy > 0) bottom = Math.max(area.y + area.height, area.cy + dy / 2);
      else top = Math.min(area.y, area.cy + dy / 2);
    }
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('class', HIT_CLASS);
    rect.setAttribute('x', String(left));
    rect.setAttribute('y', String(top));
    rect.setAttribute('width', String(right - left));
    rect.setAttribute('height', String(bottom - top));
    area.mark.prepend(rect);
  }
}

/** Gives every rendered mark of a figure its hit box (again, after a resize). */
export function fitHitAreas(graphic: HTMLElement, selector: string): void {
  for (const svg of graphic.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.ownerSVGElement) continue;
    const marks = [...svg.querySelectorAll<SVGGraphicsElement>(selector)];
    if (marks.length > 0) fitSvg(svg, marks);
  }
}
