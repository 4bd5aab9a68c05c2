import {
  changedInput,
  pageArgs,
  pageLocally,
  pickFilters,
  pickInput,
  type ListParams,
  type OperationTable,
} from "../../data/operation";

/** The directory subgraph's resources (机构与人员): departments, regions, towns, users, liaison, calendar. */

const DEPARTMENT = `id code name kind sector active sortOrder
  parent { id name } town { id name }
  currentLiaisons { id kind liaisonDepartment { id name } }`;
const REGION = `id code name active towns { id name }`;
const TOWN = `id code name kind active region { id name } committee { id name }`;
const USER = `id username displayName post active roles department { id name } linkedTowns { id name }`;
const LIAISON = `id kind validFrom validTo current createdAt department { id name } liaisonDepartment { id name kind }`;
const CALENDAR = `date working note updatedAt`;

/** Form fields flattened from the graph's nested references (parent { id } → parentId). */
const department = (d: any) => d && { ...d, parentId: d.parent?.id ?? null, townId: d.town?.id ?? null };
const town = (t: any) => t && { ...t, regionId: t.region?.id ?? null };
const user = (u: any) =>
  u && { ...u, departmentId: u.department?.id ?? null, linkedTownIds: (u.linkedTowns ?? []).map((t: any) => t.id) };
const liaison = (m: any) => m && { ...m, departmentId: m.department?.id, liaisonDepartmentId: m.liaisonDepartment?.id };
const calendarDay = (c: any) => c && { ...c, id: c.date };

export const directoryOperations: OperationTable = {
  departments: {
    getList: {
      what: "查看部门列表",
      document: `query($kinds: [DepartmentKind!], $active: Boolean, $search: String, $parentId: ID, $townId: ID, $limit: Int!, $offset: Int!) {
        departments(kinds: $kinds, active: $active, search: $search, parentId: $parentId, townId: $townId, limit: $limit, offset: $offset) { total items { ${DEPARTMENT} } } }`,
      variables: (p: ListParams) => ({
        ...pickFilters(p.filter, ["kinds", "active", "search", "parentId", "townId"]),
        ...pageArgs(p),
      }),
      parse: (d) => ({ data: d.departments.items.map(department), total: d.departments.total }),
    },
    getOne: {
      what: "查看部门",
      document: `query($id: ID!) { department(id: $id) { ${DEPARTMENT} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: department(d.department) }),
    },
    create: {
      what: "新建部门",
      document: `mutation($input: DepartmentInput!) { createDepartment(input: $input) { ${DEPARTMENT} } }`,
      variables: (p) => ({
        input: pickInput(p.data, ["code", "kind", "name", "parentId", "sector", "sortOrder", "townId"]),
      }),
      parse: (d) => ({ data: department(d.createDepartment) }),
    },
    update: {
      what: "修改部门",
      document: `mutation($id: ID!, $input: DepartmentUpdateInput!) { updateDepartment(id: $id, input: $input) { ${DEPARTMENT} } }`,
      variables: (p) => ({
        id: p.id,
        input: changedInput(p.data, p.previousData, [
          "code",
          "kind",
          "name",
          "parentId",
          "sector",
          "sortOrder",
          "townId",
        ]),
      }),
      parse: (d) => ({ data: department(d.updateDepartment) }),
    },
    actions: {
      setActive: {
        what: "启用或停用部门",
        document: `mutation($id: ID!, $active: Boolean!) { setDepartmentActive(id: $id, active: $active) { ${DEPARTMENT} } }`,
        variables: (p) => ({ id: p.id, active: p.active }),
        parse: (d) => department(d.setDepartmentActive),
      },
    },
  },

  regions: {
    getList: {
      what: "查看片区",
      document: `query($active: Boolean) { regions(active: $active) { ${REGION} } }`,
      variables: (p: ListParams) => pickFilters(p.filter, ["active"]),
      parse: (d, p) => pageLocally(d.regions, p),
    },
    getOne: {
      what: "查看片区",
      document: `query($id: ID!) { region(id: $id) { ${REGION} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.region }),
    },
    create: {
      what: "新建片区",
      document: `mutation($input: RegionInput!) { createRegion(input: $input) { ${REGION} } }`,
      variables: (p) => ({ input: pickInput(p.data, ["code", "name"]) }),
      parse: (d) => ({ data: d.createRegion }),
    },
    update: {
      what: "修改片区",
      document: `mutation($id: ID!, $input: RegionUpdateInput!) { updateRegion(id: $id, input: $input) { ${REGION} } }`,
      variables: (p) => ({ id: p.id, input: changedInput(p.data, p.previousData, ["code", "name"]) }),
      parse: (d) => ({ data: d.updateRegion }),
    },
    actions: {
      setActive: {
        what: "启用或停用片区",
        document: `mutation($id: ID!, $active: Boolean!) { setRegionActive(id: $id, active: $active) { ${REGION} } }`,
        variables: (p) => ({ id: p.id, active: p.active }),
        parse: (d) => d.setRegionActive,
      },
    },
  },

  towns: {
    getList: {
      what: "查看镇（街道）",
      document: `query($active: Boolean, $regionId: ID) { towns(active: $active, regionId: $regionId) { ${TOWN} } }`,
      variables: (p: ListParams) => pickFilters(p.filter, ["active", "regionId"]),
      parse: (d, p) => pageLocally(d.towns.map(town), p),
    },
    getOne: {
      what: "查看镇（街道）",
      document: `query($id: ID!) { town(id: $id) { ${TOWN} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: town(d.town) }),
    },
    create: {
      what: "新建镇（街道）",
      document: `mutation($input: TownInput!) { createTown(input: $input) { ${TOWN} } }`,
      variables: (p) => ({ input: pickInput(p.data, ["code", "kind", "name", "regionId"]) }),
      parse: (d) => ({ data: town(d.createTown) }),
    },
    update: {
      what: "修改镇（街道）",
      document: `mutation($id: ID!, $input: TownUpdateInput!) { updateTown(id: $id, input: $input) { ${TOWN} } }`,
      variables: (p) => ({
        id: p.id,
        input: changedInput(p.data, p.previousData, ["code", "kind", "name", "regionId"]),
      }),
      parse: (d) => ({ data: town(d.updateTown) }),
    },
    actions: {
      setActive: {
        what: "启用或停用镇（街道）",
        document: `mutation($id: ID!, $active: Boolean!) { setTownActive(id: $id, active: $active) { ${TOWN} } }`,
        variables: (p) => ({ id: p.id, active: p.active }),
        parse: (d) => town(d.setTownActive),
      },
    },
  },

  users: {
    getList: {
      what: "查看用户",
      document: `query($active: Boolean, $departmentId: ID, $role: Role, $search: String, $limit: Int!, $offset: Int!) {
        users(active: $active, departmentId: $departmentId, role: $role, search: $search, limit: $limit, offset: $offset) { total items { ${USER} } } }`,
      variables: (p: ListParams) => ({
        ...pickFilters(p.filter, ["active", "departmentId", "role", "search"]),
        ...pageArgs(p),
      }),
      parse: (d) => ({ data: d.users.items.map(user), total: d.users.total }),
    },
    getOne: {
      what: "查看用户",
      document: `query($id: ID!) { user(id: $id) { ${USER} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: user(d.user) }),
    },
    create: {
      what: "新建用户",
      document: `mutation($input: UserInput!) { createUser(input: $input) { ${USER} } }`,
      variables: (p) => ({
        input: pickInput(p.data, [
          "username",
          "displayName",
          "password",
          "roles",
          "departmentId",
          "post",
          "linkedTownIds",
        ]),
      }),
      parse: (d) => ({ data: user(d.createUser) }),
    },
    update: {
      what: "修改用户",
      document: `mutation($id: ID!, $input: UserUpdateInput!) { updateUser(id: $id, input: $input) { ${USER} } }`,
      variables: (p) => ({
        id: p.id,
        input: changedInput(p.data, p.previousData, ["displayName", "departmentId", "post", "roles", "linkedTownIds"]),
      }),
      parse: (d) => ({ data: user(d.updateUser) }),
    },
    actions: {
      setActive: {
        what: "启用或停用用户",
        document: `mutation($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { ${USER} } }`,
        variables: (p) => ({ id: p.id, active: p.active }),
        parse: (d) => user(d.setUserActive),
      },
      resetPassword: {
        what: "重置用户密码",
        document: `mutation($id: ID!, $newPassword: String!) { resetUserPassword(id: $id, newPassword: $newPassword) }`,
        variables: (p) => ({ id: p.id, newPassword: p.newPassword }),
        parse: (d) => d.resetUserPassword,
      },
    },
  },

  liaisonMappings: {
    getList: {
      what: "查看联系（派驻）关系",
      document: `query($currentOn: String, $departmentId: ID, $kind: LiaisonKind, $liaisonDepartmentId: ID, $limit: Int!, $offset: Int!) {
        liaisonMappings(currentOn: $currentOn, departmentId: $departmentId, kind: $kind, liaisonDepartmentId: $liaisonDepartmentId, limit: $limit, offset: $offset) { total items { ${LIAISON} } } }`,
      variables: (p: ListParams) => ({
        ...pickFilters(p.filter, ["currentOn", "departmentId", "kind", "liaisonDepartmentId"]),
        ...pageArgs(p),
      }),
      parse: (d) => ({ data: d.liaisonMappings.items.map(liaison), total: d.liaisonMappings.total }),
    },
    create: {
      what: "新建联系（派驻）关系",
      document: `mutation($input: LiaisonMappingInput!) { createLiaisonMapping(input: $input) { ${LIAISON} } }`,
      variables: (p) => ({
        input: pickInput(p.data, ["departmentId", "kind", "liaisonDepartmentId", "validFrom", "validTo"]),
      }),
      parse: (d) => ({ data: liaison(d.createLiaisonMapping) }),
    },
    actions: {
      end: {
        what: "结束联系（派驻）关系",
        document: `mutation($id: ID!, $validTo: String!) { endLiaisonMapping(id: $id, validTo: $validTo) { ${LIAISON} } }`,
        variables: (p) => ({ id: p.id, validTo: p.validTo }),
        parse: (d) => liaison(d.endLiaisonMapping),
      },
    },
  },

  calendarOverrides: {
    actions: {
      yearStatus: {
        what: "查看节假日安排",
        document: `query($year: Int!) { calendarYearStatus(year: $year) { year published overrides } }`,
        variables: (p) => ({ year: p.year }),
        parse: (d) => d.calendarYearStatus,
      },
    },
    getList: {
      what: "查看工作日历调整",
      document: `query($from: String, $to: String) { calendarOverrides(from: $from, to: $to) { ${CALENDAR} } }`,
      variables: (p: ListParams) => pickFilters(p.filter, ["from", "to"]),
      parse: (d, p) => pageLocally(d.calendarOverrides.map(calendarDay), p),
    },
    create: {
      what: "设置工作日历调整",
      document: `mutation($input: CalendarOverrideInput!) { setCalendarOverride(input: $input) { ${CALENDAR} } }`,
      variables: (p) => ({ input: { date: p.data.date, working: Boolean(p.data.working), note: p.data.note } }),
      parse: (d) => ({ data: calendarDay(d.setCalendarOverride) }),
    },
    delete: {
      what: "删除工作日历调整",
      document: `mutation($date: String!) { removeCalendarOverride(date: $date) }`,
      variables: (p) => ({ date: p.id }),
      parse: (_d, p) => ({ data: p.previousData ?? { id: p.id } }),
    },
  },

  /** The signed-in user (used by the auth provider and the profile). */
  me: {
    actions: {
      login: {
        what: "登录",
        document: `mutation($username: String!, $password: String!) {
          login(username: $username, password: $password) { token expiresAt user { id username displayName roles department { id name } } } }`,
        variables: (p) => ({ username: p.username, password: p.password }),
        parse: (d) => d.login,
      },
      logout: {
        what: "退出登录",
        document: `mutation { logout }`,
        variables: () => ({}),
        parse: (d) => d.logout,
      },
      changePassword: {
        what: "修改密码",
        document: `mutation($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) }`,
        variables: (p) => ({ oldPassword: p.oldPassword, newPassword: p.newPassword }),
        parse: (d) => d.changePassword,
      },
    },
  },
};
