import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { Configuration } from 'electron-builder';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Configuration;

// electron-builder validates its configuration against this schema before packaging; so do we, without packaging.
const schemaFile = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));

describe('electron-builder.yml', () => {
  it("matches electron-builder's own configuration schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check would catch a misspelt option', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('names the app', () => {
    expect(config.appId).toBe('app.debrief.desktop');
    expect(config.productName).toBe('Debrief');
    expect(config.directories?.output).toBe('dist');
  });

  it('points at a 512 px PNG icon that exists (electron-builder derives .icns and .ico from it)', () => {
    expect(typeof config.icon).toBe('string');
    const png = fs.readFileSync(config.icon as string);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the build output and package.json, in an asar', () => {
    const files = config.files as string[];
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
    expect(config.asar).not.toBe(false);
  });

  it("unpacks better-sqlite3's prebuilt binaries, which cannot load from inside the asar", () => {
    const unpack = config.asarUnpack as string[];
    expect(unpack).toContain('node_modules/better-sqlite3/prebuilds/*.node');
    const prebuilds = fs.readdirSync('node_modules/better-sqlite3/prebuilds').filter((file) => file.endsWith('.node'));
    expect(prebuilds.length).toBeGreaterThan(0);
    expect(fs.readFileSync('node_modules/better-sqlite3/lib/binding.js', 'utf8')).toContain("'prebuilds'");
  });

  it('targets AppImage and deb, dmg, and nsis', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBeTruthy();
    expect(config.linux?.maintainer ?? config.deb?.maintainer).toMatch(/<.+@.+>/);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });
});
