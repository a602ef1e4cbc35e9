// Preloaded (node --import) into a process the bench times: says its peak resident memory on stderr as it exits.
process.on('exit', () => process.stderr.write(`\nclaimlint-bench-peak-rss-kb=${process.resourceUsage().maxRSS}\n`));
