import { publishOneArticle } from '/work/main/scripts/bench/build.mjs';
publishOneArticle(process.argv[2]);
