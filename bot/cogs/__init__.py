"""Bot features, one cog per extension."""
