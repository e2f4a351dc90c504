"""Sync state, outage log, the server's lease on each task.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 14:30:31.217076
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outages',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('started_at', sa.String(length=27), nullable=False),
    sa.Column('ended_at', sa.String(length=27), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_url', sa.String(length=500), nullable=True),
    sa.Column('center_id', sa.String(length=64), nullable=True),
    sa.Column('center_name', sa.String(length=200), nullable=True),
    sa.Column('epoch', sa.String(length=64), nullable=True),
    sa.Column('cursor', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('server_applied_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('last_success_at', sa.String(length=27), nullable=True),
    sa.Column('last_attempt_at', sa.String(length=27), nullable=True),
    sa.Column('last_error', sa.String(length=64), nullable=True),
    sa.Column('last_error_detail', sa.Text(), nullable=True),
    sa.Column('clock_offset_ms', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    # Plain ALTER TABLE ADD COLUMN: SQLite does it in place, so no table is copied and the
    # drafts, results and skips that point at tasks stay untouched.
    op.drop_index('ix_outbox_status', table_name='outbox')
    op.create_index('ix_outbox_status_seq', 'outbox', ['status', 'seq'], unique=False)
    op.add_column('tasks', sa.Column('lease_no', sa.Integer(), server_default=sa.text('0'), nullable=False))
    op.add_column('tasks', sa.Column('lease_expires_at', sa.String(length=27), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_column('lease_expires_at')
        batch_op.drop_column('lease_no')
    op.drop_index('ix_outbox_status_seq', table_name='outbox')
    op.create_index('ix_outbox_status', 'outbox', ['status'], unique=False)
    op.drop_table('sync_state')
    op.drop_table('outages')
