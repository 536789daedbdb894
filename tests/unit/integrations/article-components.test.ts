// The pure parts of the MDX components: local image imports, base-path links, video URLs.
import { describe, expect, it } from 'vitest';
import {
  isLocalImagePath,
  rewriteLocalImages,
  type TreeNode,
} from '../../../src/integrations/remark-local-images';
import { prefixBasePath, withBasePath } from '../../../src/integrations/rehype-base-links';
import { parseVideoUrl } from '../../../src/lib/content/video';

const jsx = (name: string, attributes: Record<string, string>) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: key,
    value,
  })),
  children: [],
});

describe('remark-local-images', () => {
  it('recognises local image paths only', () => {
    for (const yes of ['./a.jpg', '../images/b.PNG', 'images/c.webp', './d.avif?x=1'])
      expect(isLocalImagePath(yes), yes).toBe(true);
    for (const no of [
      'https://x.org/a.jpg',
      '/a.jpg',
      'data:image/png;base64,xx',
      './doc.pdf',
      '#a',
    ])
      expect(isLocalImagePath(no), no).toBe(false);
  });

  it('turns <Figure src> and <Video poster> paths into one import each, shared by repeated uses', () => {
    const figure = jsx('Figure', { src: './images/a.jpg', alt: 'x' });
    const again = jsx('Figure', { src: './images/a.jpg', alt: 'y' });
    const video = jsx('Video', {
      url: 'https://youtu.be/dQw4w9WgXcQ',
      poster: 'images/p.jpg',
      title: 't',
    });
    const tree: TreeNode = {
      type: 'root',
      children: [{ type: 'paragraph', children: [figure] }, again, video],
    };

    expect(rewriteLocalImages(tree)).toEqual(['./images/a.jpg', './images/p.jpg']);
    const imports = tree.children!.filter((node) => node.type === 'mdxjsEsm') as unknown as Array<{
      value: string;
      data: any;
    }>;
    expect(imports.map((node) => node.value)).toEqual([
      'import __afaqImage0 from "./images/a.jpg";',
      'import __afaqImage1 from "./images/p.jpg";',
    ]);
    expect(imports[0]!.data.estree.body[0].source.value).toBe('./images/a.jpg');
    const valueOf = (node: any, name: string) =>
      node.attributes.find((a: any) => a.name === name).value;
    expect(valueOf(figure, 'src')).toMatchObject({
      type: 'mdxJsxAttributeValueExpression',
      value: '__afaqImage0',
    });
    expect(valueOf(again, 'src').value).toBe('__afaqImage0');
    expect(valueOf(video, 'poster').value).toBe('__afaqImage1');
    // Other attributes and other components are left alone.
    expect(valueOf(figure, 'alt')).toBe('x');
    expect(valueOf(video, 'url')).toBe('https://youtu.be/dQw4w9WgXcQ');
  });

  it('leaves remote URLs and unknown components as written (Figure then reports the error)', () => {
    const remote = jsx('Figure', { src: 'https://example.org/a.jpg', alt: 'x' });
    const other = jsx('Gallery', { src: './a.jpg' });
    const tree: TreeNode = { type: 'root', children: [remote, other] };
    expect(rewriteLocalImages(tree)).toEqual([]);
    expect(tree.children).toHaveLength(2);
  });
});

describe('rehype-base-links', () => {
  it('adds the base path to root-relative links once', () => {
    expect(withBasePath('/category/economy/', '/afaq/')).toBe('/afaq/category/economy/');
    expect(withBasePath('/afaq/category/economy/', '/afaq/')).toBe('/afaq/category/economy/');
    expect(withBasePath('/afaq', '/afaq/')).toBe('/afaq');
    expect(withBasePath('/category/economy/', '/')).toBe('/category/economy/');
  });

  it('leaves other URLs alone', () => {
    for (const url of [
      '//cdn.example.org/x.js',
      'https://example.org/',
      '#section',
      'relative/',
      'mailto:a@b.c',
    ]) {
      expect(withBasePath(url, '/afaq/'), url).toBe(url);
    }
  });

  it('rewrites href and src in a hast tree', () => {
    const link = { type: 'element', tagName: 'a', properties: { href: '/tag/x/' }, children: [] };
    const image = {
      type: 'element',
      tagName: 'img',
      properties: { src: '/images/a.png' },
      children: [],
    };
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [link, image] }],
    };
    prefixBasePath(tree, '/afaq/');
    expect(link.properties.href).toBe('/afaq/tag/x/');
    expect(image.properties.src).toBe('/afaq/images/a.png');
  });
});

describe('parseVideoUrl', () => {
  it('reads YouTube URLs in their usual forms and embeds from youtube-nocookie', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    ]) {
      expect(parseVideoUrl(url), url).toMatchObject({
        provider: 'youtube',
        id: 'dQw4w9WgXcQ',
        watchUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
      });
    }
  });

  it('keeps a start time', () => {
    expect(parseVideoUrl('https://youtu.be/dQw4w9WgXcQ?t=1m30s')).toMatchObject({
      watchUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90',
    });
  });

  it('reads Vimeo URLs with do-not-track', () => {
    expect(parseVideoUrl('https://vimeo.com/76979871')).toMatchObject({
      provider: 'vimeo',
      watchUrl: 'https://vimeo.com/76979871',
      embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    });
  });

  it('rejects anything else', () => {
    for (const url of [
      'https://example.org/video.mp4',
      'https://www.youtube.com/watch?v=short',
      'youtube.com/watch?v=dQw4w9WgXcQ',
      'javascript:alert(1)',
      'https://vimeo.com/channels/x',
    ]) {
      expect(parseVideoUrl(url), url).toBeUndefined();
    }
  });
});
