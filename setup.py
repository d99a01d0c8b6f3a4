"""Packaging hook: a wheel carries the built-in templates compiled (see plugins/policy_handbook/render/precompiled.py).

Everything else about the package is in pyproject.toml.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PRECOMPILED = Path(__file__).parent / "plugins" / "policy_handbook" / "render" / "precompiled.py"


class BuildPyWithTemplates(build_py):
    """Copies the package as usual, then compiles its templates into the copy."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the templates from the checkout, compiled as used
            return
        # Loaded on its own: the package's other modules need dependencies the build does not have.
        spec = importlib.util.spec_from_file_location("_precompiled", PRECOMPILED)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        render = Path(self.build_lib) / "policy_handbook" / "render"
        target = render / "compiled_templates"
        count = module.precompile(target, render / "templates")
        self.announce(f"compiled {count} templates into {target}", level=2)


setup(cmdclass={"build_py": BuildPyWithTemplates})
