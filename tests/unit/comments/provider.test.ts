import { describe, expect, it } from 'vitest';
import {
  commentCspSources,
  commentEndpointOrigin,
  resolveCommentProvider,
} from '../../../src/lib/comments/provider';

describe('resolveCommentProvider', () => {
  it('never defaults to a form that posts to nothing: closed, and said, without a setting', () => {
    expect(resolveCommentProvider({}, '/')).toEqual({ kind: 'none', unconfigured: true });
    expect(resolveCommentProvider({ provider: '' }, '/afaq/')).toEqual({
      kind: 'none',
      unconfigured: true,
    });
  });

  it('detects Netlify (NETLIFY=true) and a configured endpoint', () => {
    expect(resolveCommentProvider({ netlify: 'true' }, '/')).toEqual({
      kind: 'netlify',
      formName: 'comments',
    });
    expect(
      resolveCommentProvider(
        { endpoint: 'https://c.example.org/api/comments', netlify: 'true' },
        '/',
      ),
    ).toEqual({
      kind: 'endpoint',
      url: 'https://c.example.org/api/comments',
    });
    // An explicit choice wins over detection.
    expect(resolveCommentProvider({ provider: 'none', netlify: 'true' }, '/')).toEqual({
      kind: 'none',
    });
  });

  it('`endpoint` without COMMENTS_ENDPOINT is the receiver on the site itself, under the base path', () => {
    expect(resolveCommentProvider({ provider: 'endpoint' }, '/')).toEqual({
      kind: 'endpoint',
      url: '/api/comments',
    });
    expect(resolveCommentProvider({ provider: 'endpoint' }, '/afaq/')).toEqual({
      kind: 'endpoint',
      url: '/afaq/api/comments',
    });
  });

  it('reads the provider and its settings', () => {
    expect(resolveCommentProvider({ provider: 'none' }, '/')).toEqual({ kind: 'none' });
    expect(resolveCommentProvider({ provider: 'Netlify' }, '/')).toEqual({
      kind: 'netlify',
      formName: 'comments',
    });
    expect(resolveCommentProvider({ provider: 'netlify', netlifyForm: 'afaq' }, '/')).toEqual({
      kind: 'netlify',
      formName: 'afaq',
    });
    expect(
      resolveCommentProvider({ provider: 'endpoint', endpoint: 'https://c.example.org/post' }, '/'),
    ).toEqual({
      kind: 'endpoint',
      url: 'https://c.example.org/post',
    });
  });

  it('refuses settings that would lose comments, naming the variable', () => {
    expect(() => resolveCommentProvider({ provider: 'disqus' }, '/')).toThrow(/COMMENTS_PROVIDER/);
    expect(() => resolveCommentProvider({ endpoint: 'javascript:alert(1)' }, '/')).toThrow(
      /COMMENTS_ENDPOINT/,
    );
    expect(() => resolveCommentProvider({ endpoint: 'comments' }, '/')).toThrow(
      /COMMENTS_ENDPOINT/,
    );
    expect(() => resolveCommentProvider({ endpoint: '//evil.example/x' }, '/')).toThrow(
      /COMMENTS_ENDPOINT/,
    );
  });
});

describe('commentEndpointOrigin / commentCspSources', () => {
  const site = 'https://news.example.org';
  it('names the endpoint origin only when it is another origin', () => {
    const external = { kind: 'endpoint', url: 'https://comments.example.org/api' } as const;
    expect(commentEndpointOrigin(external, site)).toBe('https://comments.example.org');
    expect(commentCspSources(external, site)).toEqual(['https://comments.example.org']);
    expect(commentCspSources({ kind: 'endpoint', url: '/api/comments' }, site)).toEqual([]);
    expect(
      commentCspSources({ kind: 'endpoint', url: 'https://news.example.org/api/comments' }, site),
    ).toEqual([]);
    expect(commentCspSources({ kind: 'netlify', formName: 'comments' }, site)).toEqual([]);
    expect(commentCspSources({ kind: 'none' }, site)).toEqual([]);
  });
});
