#!/usr/bin/env node
// oracle.cjs ANCHORS_DIR - Prisma's schema engine (@prisma/prisma-schema-wasm, pinned by the
// anchors' package-lock.json) as a long-running oracle for utils/difftest.
//
// Reads one JSON object per line on stdin: {"id": ..., "schema": TEXT, "format": BOOL}
// Writes one per line on stdout:
//   {"id", "valid", "errorLines": [line of each error, in Prisma's order],
//    "firstError": TEXT, "warnings": N, "formatted": TEXT|null}
// One process answers thousands of cases: Node and the wasm module load once.
'use strict'
const path = require('node:path')
const readline = require('node:readline')
const anchors = process.argv[2]
if (!anchors) {
  process.stderr.write('usage: oracle.cjs ANCHORS_DIR\n')
  process.exit(2)
}
const wasm = require(path.join(path.resolve(anchors), 'node_modules', '@prisma', 'prisma-schema-wasm'))
const FILE = 'schema.prisma'

function validate(schema) {
  try {
    wasm.validate(JSON.stringify({ prismaSchema: [[FILE, schema]], noColor: true }))
    return { valid: true, errorLines: [], firstError: '' }
  } catch (e) {
    let msg = e && e.message ? e.message : String(e)
    try {
      const j = JSON.parse(msg)
      if (j && j.message) msg = j.message
    } catch {}
    const errorLines = []
    let firstError = ''
    const lines = msg.split('\n')
    for (let i = 0; i < lines.length; i++) {
      const m = /^error: (.*)$/.exec(lines[i])
      if (!m) continue
      if (!firstError) firstError = m[1]
      // The location follows the message, which may take several lines (a list of
      // unique criterias, say): look up to the next error.
      for (let k = i + 1; k < lines.length && !/^error: /.test(lines[k]); k++) {
        const at = /-->\s+.*:(\d+)\s*$/.exec(lines[k])
        if (at) {
          errorLines.push(Number(at[1]))
          break
        }
      }
    }
    return { valid: false, errorLines, firstError }
  }
}

function warnings(schema) {
  try {
    return JSON.parse(wasm.lint(JSON.stringify([[FILE, schema]]))).filter((d) => d.is_warning).length
  } catch {
    return -1
  }
}

function format(schema) {
  try {
    const res = wasm.format(JSON.stringify([[FILE, schema]]),
      JSON.stringify({ textDocument: { uri: 'file:/dev/null' }, options: { tabSize: 2, insertSpaces: true } }))
    return JSON.parse(res)[0][1]
  } catch {
    return null
  }
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
rl.on('line', (line) => {
  if (!line.trim()) return
  const req = JSON.parse(line)
  const v = validate(req.schema)
  const out = { id: req.id, ...v, warnings: warnings(req.schema), formatted: null }
  if (req.format && v.valid) out.formatted = format(req.schema)
  process.stdout.write(JSON.stringify(out) + '\n')
})
