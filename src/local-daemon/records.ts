/** The embedded daemon's records, in the daemon's JSON field names (internal/types/models). */

export type TaskStatus = 'pending' | 'running' | 'success' | 'failed';

export interface TaskPluginRecord {
  plugin_unique_identifier: string;
  labels: Record<string, string>;
  icon: string;
  icon_dark: string;
  plugin_id: string;
  status: TaskStatus;
  message: string;
  source: string;
}

/** An install task, in the daemon's JSON field names (models.InstallTask). */
export interface TaskRecord {
  id: string;
  created_at: string;
  updated_at: string;
  status: TaskStatus;
  tenant_id: string;
  total_plugins: number;
  completed_plugins: number;
  plugins: TaskPluginRecord[];
}

/** A tenant's installation of a plugin id (models.PluginInstallation). */
export interface InstallationRecord {
  id: string;
  created_at: string;
  updated_at: string;
  tenant_id: string;
  plugin_id: string;
  plugin_unique_identifier: string;
  runtime_type: string;
  endpoints_setups: number;
  endpoints_active: number;
  source: string;
  meta: Record<string, unknown>;
}

export interface DeclarationIndex {
  plugin_id: string;
  verified: boolean;
  verification: { authorized_category: string } | null;
  created_at: string;
}

export interface PluginRecord {
  refers: number;
  install_type: 'local';
  created_at: string;
}

export interface PermissionRecord {
  install_permission: 'everyone' | 'admins' | 'noone';
  debug_permission: 'everyone' | 'admins' | 'noone';
}
