"""Audit log (append-only), per-user preferences, PIN change at next login, retention mark.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 16:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: SQLite cannot revoke rights, so append-only is a pair of triggers that abort any change.
APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=True),
    sa.Column('detail_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('id'),
    sqlite_autoincrement=True
    )
    op.create_index('ix_audit_log_at', 'audit_log', ['at'], unique=False)
    for statement in APPEND_ONLY_TRIGGERS:
        op.execute(statement)
    op.create_table('user_preferences',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id')
    )
    # Plain ADD COLUMN (no table copy): queued tasks, drafts and results stay where they are.
    op.add_column('users', sa.Column('must_change_secret', sa.Boolean(), server_default=sa.text('0'),
                                     nullable=False))
    op.add_column('tasks', sa.Column('personal_purged_at', sa.String(length=27), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_column('personal_purged_at')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('must_change_secret')
    op.drop_table('user_preferences')
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.drop_index('ix_audit_log_at', table_name='audit_log')
    op.drop_table('audit_log')
