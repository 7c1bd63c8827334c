"""SpiffWorkflow made to scale with long loops and big multi-instance tasks (imported by ``runtime``).

Measured on SpiffWorkflow 3.2.0 (see ``docs/security.md``): a loop of 2,000 rounds took 6.5 s because the
engine walks the whole task tree after every task for the few tasks that wait; a multi-instance over
10,000 items took minutes and a gigabyte because every instance checked all its siblings on completion and
carried its own copy of the whole input and output collections.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from SpiffWorkflow.bpmn.specs.mixins.multiinstance_task import MultiInstanceTask
from SpiffWorkflow.bpmn.specs.mixins.multiinstance_task import ParallelMultiInstanceTask
from SpiffWorkflow.task import Task
from SpiffWorkflow.util.task import TaskState
from SpiffWorkflow.workflow import Workflow

_WAITING = "_ordra_waiting"  # attribute of a loaded workflow: the tasks that were put in WAITING
INSTANCES = "ordra_instances"  # internal data of a parallel multi-instance task: how many instances it made


def _update_waiting_tasks(self: Workflow) -> None:
    """Spiff's own version walks every task of the tree, finished ones included, after each completed task.

    An index of the tasks that were put in WAITING is kept instead (built by one scan when a workflow is
    first updated after loading); a task that starts waiting while the others are updated is updated
    too, as the tree walk would have done."""
    index = _waiting_index(self)
    updated: set[Any] = set()
    while True:
        waiting = [task for task_id, task in index.items() if task_id not in updated]
        if not waiting:
            return
        for task in waiting:
            updated.add(task.id)
            if task.state != TaskState.WAITING or self.tasks.get(task.id) is not task:
                del index[task.id]  # moved on, or removed by a reset
            else:
                task.task_spec._update(task)


def _waiting_index(workflow: Workflow) -> dict[Any, Any]:
    index: dict[Any, Any] | None = workflow.__dict__.get(_WAITING)
    if index is None:
        index = {task.id: task for task in workflow.tasks.values() if task.state == TaskState.WAITING}
        workflow.__dict__[_WAITING] = index
    return index


def _note_waiting(task: Any) -> None:
    index = task.workflow.__dict__.get(_WAITING)
    if index is not None and task._state == TaskState.WAITING:
        index[task.id] = task


def _noting_init(init: Callable[..., None]) -> Callable[..., None]:
    def noted(self: Task, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        _note_waiting(self)
    return noted


def _noting_set_state(set_state: Callable[[Task, int], None]) -> Callable[[Task, int], None]:
    def noted(self: Task, value: int) -> None:
        set_state(self, value)
        _note_waiting(self)
    return noted


def _count_instances(create_children: Callable[..., Any]) -> Callable[..., Any]:
    def counted(self: ParallelMultiInstanceTask, my_task: Any) -> Any:
        result = create_children(self, my_task)
        my_task.internal_data[INSTANCES] = sum(1 for _ in self._instances(my_task))
        return result
    return counted


def _children_complete(original: Callable[..., bool]) -> Callable[..., bool]:
    """Spiff rebuilds the list of all instances whenever one completes; counting merged ones is enough."""
    def complete(self: ParallelMultiInstanceTask, my_task: Any) -> bool:
        made = my_task.internal_data.get(INSTANCES)
        if made is None:  # a task created before this count was kept
            return original(self, my_task)
        return bool(len(my_task.internal_data.get("merged", [])) >= made)
    return complete


def _without_collections(create_child: Callable[..., Any]) -> Callable[..., Any]:
    """An instance sees its item and the rest of the data, not the input and output collections: Spiff
    copied both into every instance (10,000 instances x 10,000 items)."""
    def create(self: MultiInstanceTask, my_task: Any, item: Any, key_or_index: Any = None) -> Any:
        names = {ref.bpmn_id for ref in (self.data_input, self.data_output) if ref is not None}
        hidden = {name: my_task.data.pop(name) for name in names if name in my_task.data}
        try:
            return create_child(self, my_task, item, key_or_index)
        finally:
            my_task.data.update(hidden)
    return create


Workflow.update_waiting_tasks = _update_waiting_tasks
Task.__init__ = _noting_init(Task.__init__)
Task._set_state = _noting_set_state(Task._set_state)
ParallelMultiInstanceTask.create_children = _count_instances(
    ParallelMultiInstanceTask.create_children)
ParallelMultiInstanceTask.children_complete = _children_complete(
    ParallelMultiInstanceTask.children_complete)
MultiInstanceTask.create_child = _without_collections(MultiInstanceTask.create_child)
