"""Where the shared seed reports are: shared/ beside the checkout (as CI has it), else /work/shared."""

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = Path("/work/shared/seeds")
