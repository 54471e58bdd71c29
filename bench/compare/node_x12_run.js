// Runs one node-x12 parser on one file and prints "segments claims" (for node_x12.sh).
//   node node_x12_run.js stream FILE   -- its streaming parser (a Transform stream of segments)
//   node node_x12_run.js object FILE   -- its object-model parser (parse() on the whole text)
'use strict'
const fs = require('fs')
const { X12Parser } = require('node-x12')

const [mode, file] = process.argv.slice(2)
const isClaim = (tag) => tag === 'CLM' || tag === 'CLP'

if (mode === 'stream') {
  let segments = 0
  let claims = 0
  fs.createReadStream(file)
    .pipe(new X12Parser())
    .on('data', (s) => {
      segments += 1
      if (isClaim(s.tag)) claims += 1
    })
    .on('error', (e) => {
      console.error(`node-x12 stream: ${e.message}`)
      process.exit(1)
    })
    .on('end', () => console.log(`${segments} ${claims}`))
} else if (mode === 'object') {
  const interchange = new X12Parser().parse(fs.readFileSync(file, 'utf8'))
  let segments = 2 // ISA, IEA
  let claims = 0
  for (const group of interchange.functionalGroups) {
    segments += 2
    for (const set of group.transactions) {
      segments += 2 + set.segments.length
      for (const s of set.segments) if (isClaim(s.tag)) claims += 1
    }
  }
  console.log(`${segments} ${claims}`)
} else {
  console.error('usage: node node_x12_run.js stream|object FILE')
  process.exit(2)
}
