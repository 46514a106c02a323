// Prints every *.tf and *.tfvars under the directory given as argument as one JSON object
// {"relative/path.tf": <hcl2json structure>}; expressions stay as "${...}" strings, nothing is evaluated.
const { parse } = require('@cdktf/hcl2json');
const fs = require('fs');
const path = require('path');

function hclFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.terraform' ? [] : hclFiles(full);
    return /\.(tf|tfvars)$/.test(entry.name) ? [full] : [];
  });
}

(async () => {
  const root = process.argv[2];
  const parsed = {};
  for (const file of hclFiles(root).sort()) {
    parsed[path.relative(root, file)] = await parse(file, fs.readFileSync(file, 'utf8'));
  }
  process.stdout.write(JSON.stringify(parsed));
})().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
