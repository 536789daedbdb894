// The components editors may use in an article without importing them: what content sync needs to
// know about each. Their markup lives only in src/components/mdx/<Name>.astro (registered in
// src/components/mdx/index.ts; the types make the two lists agree). Content sync checks the props with
// `problems` and fails naming the file and line; the article page then renders the real component
// with these props (local image paths resolved to optimised images) and its pre-rendered children.
//
// Adding a component: write src/components/mdx/<Name>.astro, add <Name> here (its image props, text
// props, whether it takes children, its checks) and in src/components/mdx/index.ts, document it in
// docs/editors-guide.md.
import { parseVideoUrl } from '../video';
import { parseUpdateTime } from '../live';
import { componentMessages, type EditorMessage } from '../messages';

export interface ArticleComponentSpec {
  /** Props that hold a local image path ("./images/x.jpg"): optimised images at render time. */
  readonly imageProps?: readonly string[];
  /** Props whose text a reader reads (captions, titles): part of the article's text for search. */
  readonly textProps?: readonly string[];
  /** Whether content between the opening and closing tags is allowed (the component's slot). */
  readonly children: boolean;
  /** What is wrong with these props (the catalogue's messages); [] when nothing is. */
  readonly problems?: (props: Readonly<Record<string, unknown>>) => EditorMessage[];
}

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** <Figure>'s rules, also checked by Figure.astro when an article is an MDX module. */
export const figureProblems = (props: Readonly<Record<string, unknown>>): EditorMessage[] => {
  const src = typeof props.src === 'string' ? props.src : String((props.src as { src?: string } | undefined)?.src ?? '');
  return [
    ...(props.src === undefined ? [componentMessages.figureNotLocal('')] : []),
    ...(!text(props.alt) ? [componentMessages.figureAlt(src)] : []),
  ];
};

/** <Video>'s rules, also checked by Video.astro when an article is an MDX module. */
export const videoProblems = (props: Readonly<Record<string, unknown>>): EditorMessage[] => {
  const url = typeof props.url === 'string' ? props.url : '';
  return [
    ...(!parseVideoUrl(url) ? [componentMessages.videoUrl(url)] : []),
    ...(!text(props.title) ? [componentMessages.videoTitle(url)] : []),
  ];
};

export const articleComponentSpecs = {
  Figure: { imageProps: ['src'], textProps: ['caption', 'credit'], children: false, problems: figureProblems },
  Gallery: {
    textProps: ['title'],
    children: true,
    problems: (props) => (text(props.title) ? [] : [componentMessages.galleryTitle]),
  },
  Note: {
    textProps: ['title'],
    children: true,
    problems: (props) =>
      props.tone !== undefined && props.tone !== 'info' && props.tone !== 'warning'
        ? [componentMessages.noteTone(String(props.tone))]
        : [],
  },
  PullQuote: { textProps: ['cite'], children: true },
  Update: {
    textProps: ['title'],
    children: true,
    problems: (props) => {
      const time = typeof props.time === 'string' ? props.time : undefined;
      return typeof parseUpdateTime(time) === 'string' ? [componentMessages.updateTime(time)] : [];
    },
  },
  Video: { imageProps: ['poster'], textProps: ['title'], children: false, problems: videoProblems },
} as const satisfies Record<string, ArticleComponentSpec>;

export type ArticleComponentName = keyof typeof articleComponentSpecs;
