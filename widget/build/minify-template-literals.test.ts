import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml } from './minify-template-literals.js';

describe('minifyCss', () => {
  it('drops comments and whitespace but keeps descendant combinators', () => {
    expect(minifyCss('\n  /* x */\n  .a :focus-visible {\n    outline: 3px solid var(--f, #000);\n    margin: 0.5em -0.25em;\n  }\n')).toBe(
      '.a :focus-visible{outline:3px solid var(--f,#000);margin:.5em -.25em}',
    );
    expect(minifyCss('@media (forced-colors: active) {\n  a { color: Highlight; }\n}')).toBe(
      '@media (forced-colors:active){a{color:Highlight}}',
    );
  });

  it('keeps 10.5em whole', () => {
    expect(minifyCss('a { width: 10.5em; }')).toBe('a{width:10.5em}');
  });
});

describe('minifyHtml', () => {
  it('removes indentation between tags and bindings only', () => {
    expect(minifyHtml('<div class="a">\n  <p>\n    ')).toBe('<div class="a"><p>');
    expect(minifyHtml('\n  </p>\n</div>')).toBe('</p></div>');
  });

  it('keeps one space between attributes and inside text', () => {
    expect(minifyHtml('<textarea\n  id="remark"\n  ?readonly=')).toBe('<textarea id="remark" ?readonly=');
    expect(minifyHtml('\n  .value=')).toBe(' .value=');
    expect(minifyHtml('Hoe tevreden\n  bent u?')).toBe('Hoe tevreden bent u?');
    expect(minifyHtml('a  b')).toBe('a  b');
  });
});
