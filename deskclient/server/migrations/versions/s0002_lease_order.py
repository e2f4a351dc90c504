"""Lease order by an index: a sortable due date, and an index for expired leases.

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-28 15:12:00
"""
from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = 's0002'
down_revision = 's0001'
branch_labels = None
depends_on = None

NO_DUE_KEY = "9999-12-31T23:59:59"


def upgrade() -> None:
    op.add_column('tasks', sa.Column('due_key', sa.String(length=32), server_default=NO_DUE_KEY, nullable=False))
    connection = op.get_bind()
    tasks = sa.table('tasks', sa.column('id', sa.String), sa.column('due_at', sa.DateTime(timezone=True)),
                     sa.column('due_key', sa.String))
    for task_id, due_at in connection.execute(sa.select(tasks.c.id, tasks.c.due_at).where(tasks.c.due_at.isnot(None))):
        if isinstance(due_at, str):
            due_at = datetime.fromisoformat(due_at)
        if due_at.tzinfo is None:
            due_at = due_at.replace(tzinfo=UTC)
        connection.execute(sa.update(tasks).where(tasks.c.id == task_id)
                           .values(due_key=due_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")))
    op.drop_index('ix_tasks_leasable', table_name='tasks')
    op.create_index('ix_tasks_lease_order', 'tasks',
                    ['center_id', 'status', sa.text('priority_rank DESC'), 'due_key', 'seq'], unique=False)
    op.create_index('ix_tasks_lease_expiry', 'tasks', ['center_id', 'status', 'lease_expires_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_tasks_lease_expiry', table_name='tasks')
    op.drop_index('ix_tasks_lease_order', table_name='tasks')
    op.create_index('ix_tasks_leasable', 'tasks', ['center_id', 'status', sa.text('priority_rank DESC'), 'seq'],
                    unique=False)
    with op.batch_alter_table('tasks') as batch_op:
        batch_op.drop_column('due_key')
