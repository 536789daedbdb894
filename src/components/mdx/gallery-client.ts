// Previous/next buttons and a counter for a <Gallery>: scrolls the strip one photo at a time and keeps
// the counter in step with the reader's own scrolling (touch, arrow keys).
export function enhanceGallery(gallery: HTMLElement): void {
  const track = gallery.querySelector<HTMLElement>('.gallery-track');
  const controls = gallery.querySelector<HTMLElement>('.gallery-controls');
  const counter = gallery.querySelector<HTMLElement>('[data-gallery-counter]');
  const previous = gallery.querySelector<HTMLButtonElement>('[data-gallery-prev]');
  const next = gallery.querySelector<HTMLButtonElement>('[data-gallery-next]');
  if (!track || !controls || !counter || !previous || !next) return;
  const slides = [...track.children] as HTMLElement[];
  if (slides.length < 2) return;
  const template =
    (JSON.parse(gallery.dataset.labels ?? '{}') as { of?: string }).of ?? '{n} / {total}';
  const number = new Intl.NumberFormat(document.documentElement.lang || 'ar', {
    numberingSystem: gallery.dataset.digits || 'latn',
  });

  // The slide whose start edge is nearest the strip's start edge (RTL: the right edge).
  const current = () => {
    const start = track.getBoundingClientRect().right;
    let best = 0;
    slides.forEach((slide, index) => {
      if (
        Math.abs(slide.getBoundingClientRect().right - start) <
        Math.abs(slides[best]!.getBoundingClientRect().right - start)
      )
        best = index;
    });
    return best;
  };
  const sync = () => {
    const index = current();
    counter.textContent = template
      .replace('{n}', number.format(index + 1))
      .replace('{total}', number.format(slides.length));
    previous.disabled = index === 0;
    next.disabled = index === slides.length - 1;
  };
  const go = (step: number) => {
    const target = slides[Math.min(slides.length - 1, Math.max(0, current() + step))]!;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // scrollIntoView knows the direction (RTL scroll offsets are negative) and keeps the page still.
    target.scrollIntoView({
      block: 'nearest',
      inline: 'start',
      behavior: reduce ? 'instant' : 'smooth',
    });
  };
  previous.addEventListener('click', () => go(-1));
  next.addEventListener('click', () => go(1));
  let frame = 0;
  track.addEventListener('scroll', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(sync);
  });
  controls.hidden = false;
  sync();
}
