/** Whether the timeline shows every lane without scrolling (shared by the trust and playback specs). */
import { expect, type Page } from '@playwright/test';

type Box = { left: number; top: number; right: number; bottom: number };

/** Every lane's box, the timeline body's, and whether the body or the page would scroll. */
export function laneFit(page: Page) {
  return page.getByTestId('timeline').evaluate((card) => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const body = card.querySelector('.tl-body')!;
    const axis = card.querySelector('.tl-axis')!;
    return {
      lanes: Array.from(card.querySelectorAll('[data-testid=timeline-lane]')).map(box),
      body: box(body),
      axisTop: axis.getBoundingClientRect().top,
      bodyScrolls: body.scrollHeight > body.clientHeight + 1,
      pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
      viewport: window.innerHeight,
    };
  });
}

/** Checks that every lane of the shown run sits between the body's top and the axis; returns how many. */
export async function expectLanesFit(page: Page, what: string): Promise<number> {
  const fit = await laneFit(page);
  expect.soft(fit.bodyScrolls, `${what}: the timeline body scrolls`).toBe(false);
  expect.soft(fit.pageScrolls, `${what}: the page scrolls`).toBe(false);
  for (const lane of fit.lanes) {
    expect.soft(lane.top, `${what}: a lane starts above the body`).toBeGreaterThanOrEqual(fit.body.top - 0.5);
    expect.soft(lane.bottom, `${what}: a lane ends under the axis`).toBeLessThanOrEqual(fit.axisTop + 0.5);
  }
  return fit.lanes.length;
}
