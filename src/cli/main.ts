// `factmark` command line entry.
process.stdout.write('factmark: not yet implemented\n');
