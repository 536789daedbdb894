// What deploy/ ships, checked as far as this machine can run it: the systemd unit (its settings, and
// systemd-analyze where installed), the container files (parsed; no Docker engine runs here), and
// the two publish scripts, run for real against a stand-in `npm` and a local git remote.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/paths';

const deploy = path.join(projectRoot, 'deploy');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'afaq-deploy-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** key → values of a systemd unit file (a key may repeat). */
function unit(text: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (match) keys.set(match[1]!, [...(keys.get(match[1]!) ?? []), match[2]!]);
  }
  return keys;
}

describe('systemd unit', () => {
  const text = readFileSync(path.join(deploy, 'systemd/afaq-comments.service'), 'utf8');
  const keys = unit(text);
  it('runs the receiver as its own user, with a private state folder for the database', () => {
    expect(keys.get('User')).toEqual(['afaq-comments']);
    expect(keys.get('ExecStart')).toEqual(['/usr/bin/npm run comments:serve']);
    expect(keys.get('StateDirectory')).toEqual(['afaq-comments']);
    expect(keys.get('StateDirectoryMode')).toEqual(['0700']);
    expect(keys.get('Environment')).toContain('COMMENTS_DB=/var/lib/afaq-comments/comments.sqlite');
    expect(keys.get('NoNewPrivileges')).toEqual(['true']);
    expect(keys.get('ProtectSystem')).toEqual(['strict']);
    expect(keys.get('EnvironmentFile')).toEqual(['/etc/afaq/comments.env']);
  });
  it('passes systemd-analyze verify where systemd is installed', () => {
    const analyze = spawnSync(
      'systemd-analyze',
      ['verify', path.join(deploy, 'systemd/afaq-comments.service')],
      { encoding: 'utf8' },
    );
    if (analyze.error) return expect((analyze.error as NodeJS.ErrnoException).code).toBe('ENOENT');
    // Missing user/paths on this machine are warnings; a syntax error is not.
    expect(analyze.stderr).not.toMatch(/Unknown (key|section)|Failed to parse|Invalid/);
  });
  it('names only settings the receiver reads in its example environment file', () => {
    const config = readFileSync(path.join(projectRoot, 'server/comments/config.ts'), 'utf8');
    const env = readFileSync(path.join(deploy, 'systemd/afaq-comments.env.example'), 'utf8');
    for (const [, name] of env.matchAll(/^#? ?([A-Z_]+)=/gm)) {
      if (['SITE_URL', 'CONTENT_DIR'].includes(name!)) continue;
      expect(new RegExp(`\\b${name}\\b`).test(config) || name === 'COMMENTS_PROVIDER', name).toBe(
        true,
      );
    }
  });
});

describe('container files', () => {
  it('the Dockerfile runs the receiver as an unprivileged user with the database in a private volume', () => {
    const text = readFileSync(path.join(deploy, 'docker/Dockerfile'), 'utf8');
    expect(text).toMatch(/^USER node$/m);
    expect(text).toContain('chmod 0700 /data');
    expect(text).toContain('COMMENTS_DB=/data/comments.sqlite');
    for (const [, file] of text.matchAll(/sh (deploy\/[\w/.-]+)/g))
      expect(existsSync(path.join(projectRoot, file!)), file).toBe(true);
  });
  it('compose.yaml builds that Dockerfile and mounts the generated nginx configuration', () => {
    const compose = parse(readFileSync(path.join(deploy, 'docker/compose.yaml'), 'utf8')) as {
      services: Record<
        string,
        { build?: { context: string; dockerfile: string }; volumes?: string[] }
      >;
    };
    const build = compose.services.comments!.build!;
    expect(existsSync(path.join(deploy, 'docker', build.context, build.dockerfile))).toBe(true);
    expect(compose.services.web!.volumes).toContain(
      './site.conf:/etc/nginx/conf.d/default.conf:ro',
    );
    expect(compose.services.web!.volumes).toContain('site:/srv/site:ro');
  });
});

describe('publish scripts', () => {
  it('rebuild-local.sh builds into a new release, switches `current` to it, keeps three', async () => {
    const bin = path.join(dir, 'bin');
    await mkdir(bin, { recursive: true });
    // A stand-in npm: `npm run build` writes a page into OUT_DIR.
    await writeFile(
      path.join(bin, 'npm'),
      '#!/bin/sh\n[ "$2" = build ] && mkdir -p "$OUT_DIR" && echo "built" > "$OUT_DIR/index.html"\n',
    );
    await chmod(path.join(bin, 'npm'), 0o755);
    const root = path.join(dir, 'srv');
    const run = () =>
      execFileSync('sh', [path.join(deploy, 'publish/rebuild-local.sh'), root], {
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
        encoding: 'utf8',
      });
    for (let i = 0; i < 5; i++) expect(run()).toContain('published');
    const releases = readdirSync(path.join(root, 'releases'));
    expect(releases).toHaveLength(3);
    const current = readlinkSync(path.join(root, 'current'));
    expect(releases.map((r) => path.join(root, 'releases', r))).toContain(current);
    expect(readFileSync(path.join(root, 'current/index.html'), 'utf8').trim()).toBe('built');
  });

  it('git-push.sh commits only content/comments and pushes; with nothing new it says so', async () => {
    const remote = path.join(dir, 'remote.git');
    const work = path.join(dir, 'work');
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], {
        cwd,
        encoding: 'utf8',
      });
    execFileSync('git', ['init', '-q', '--bare', remote]);
    execFileSync('git', ['clone', '-q', remote, work]);
    await mkdir(path.join(work, 'content/comments'), { recursive: true });
    await writeFile(path.join(work, 'README'), 'x');
    git(work, 'add', 'README');
    git(work, 'commit', '-qm', 'start');
    git(work, 'push', '-q', 'origin', 'HEAD');
    await writeFile(path.join(work, 'content/comments/a-1.json'), '{}\n');
    await writeFile(path.join(work, 'notes.txt'), 'not a comment');
    const script = path.join(deploy, 'publish/git-push.sh');
    const out = execFileSync('sh', [script], {
      cwd: work,
      env: { ...process.env, COMMENTS_PUBLISHED_IDS: 'a-1' },
      encoding: 'utf8',
    });
    expect(out).toContain('git-push: pushed');
    const pushed = execFileSync(
      'git',
      ['--git-dir', remote, 'show', '--stat', '--format=%s', 'HEAD'],
      { encoding: 'utf8' },
    );
    expect(pushed).toContain('Comments: publish moderated comments (a-1)');
    expect(pushed).toContain('content/comments/a-1.json');
    expect(pushed).not.toContain('notes.txt');
    expect(execFileSync('sh', [script], { cwd: work, encoding: 'utf8' })).toContain(
      'nothing to publish',
    );
  });
});
