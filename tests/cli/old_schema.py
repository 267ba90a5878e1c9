"""Database files as an earlier version of namnd left them, for upgrade tests.

made_by(path, before): a new file with every migration numbered below
`before` applied, as that version would have made it (empty register).

undo_after(con, version): takes an existing file back to `version` by
undoing what every later migration made, read from their files: tables,
views, triggers and indexes dropped, added columns dropped, newest first.
What a later migration replaced (a trigger dropped and made anew) is the
caller's to restore.
"""
import os
import re
import sqlite3

SCHEMA = 'schema'
APPLICATION_ID = 0x4E4D4E44


def migrations():
    """(number, path) of every migration file, in order."""
    out = []
    for name in sorted(os.listdir(SCHEMA)):
        m = re.match(r'^(\d{3})_.*\.sql$', name)
        if m:
            out.append((int(m.group(1)), os.path.join(SCHEMA, name)))
    return out


def connect(path):
    con = sqlite3.connect(path)
    con.create_collation('sv', lambda a, b: (a > b) - (a < b))
    con.create_function('nd_user', 0, lambda: '')
    return con


def made_by(path, before):
    con = connect(path)
    version = 0
    for number, file in migrations():
        if number >= before:
            break
        con.executescript(open(file, encoding='utf-8').read())
        version = number
    con.execute("PRAGMA application_id = %d" % APPLICATION_ID)
    con.execute("PRAGMA user_version = %d" % version)
    return con


def undo_after(con, version):
    undo = []
    for number, file in migrations():
        if number <= version:
            continue
        sql = re.sub(r'--[^\n]*', '', open(file, encoding='utf-8').read())
        steps = []
        for kind, name in re.findall(
                r'CREATE\s+(?:VIRTUAL\s+)?(?:UNIQUE\s+)?(TABLE|VIEW|TRIGGER|INDEX)'
                r'\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)', sql, re.I):
            steps.append('DROP %s IF EXISTS %s' % (kind.upper(), name))
        for table, col in re.findall(
                r'ALTER\s+TABLE\s+(\w+)\s+ADD\s+(?:COLUMN\s+)?(\w+)', sql, re.I):
            steps.append('ALTER TABLE %s DROP COLUMN %s' % (table, col))
        undo = steps + undo
    if version < 25:
        # 025 widened paragraph's key in place (writable_schema): narrowed
        # back the same way before its column is dropped.
        con.execute('PRAGMA writable_schema = ON')
        con.execute("UPDATE sqlite_schema SET sql = replace(sql, 'number, numbered_in)', "
                    "'number)') WHERE type = 'table' AND name = 'paragraph'")
        con.commit()
        con.execute('PRAGMA writable_schema = RESET')
        con.execute('REINDEX sqlite_autoindex_paragraph_1')
    for step in undo:
        con.execute(step)


def migration_text(number):
    for n, file in migrations():
        if n == number:
            return open(file, encoding='utf-8').read()
    raise KeyError(number)
