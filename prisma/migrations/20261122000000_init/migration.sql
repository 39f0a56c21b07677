-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('PRESS', 'OFFICIAL', 'EDITORIAL');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('MINISTRY', 'PUBLIC_BODY', 'PUBLIC_COMPANY', 'COURT', 'LOCAL_AUTHORITY', 'PROGRAMME_OFFICE', 'OTHER');

-- CreateEnum
CREATE TYPE "GovernanceBodyKind" AS ENUM ('CIGOV', 'SPGOV', 'DPGOV', 'MINISTERIAL_COMMITTEE');

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('PROJECT', 'E_SERVICE', 'PLATFORM', 'SHARED_APPLICATION');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'PILOT', 'OPERATIONAL', 'SUSPENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEB', 'MOBILE', 'VOICE', 'CALL_CENTRE', 'INTERMEDIARY', 'COUNTER');

-- CreateEnum
CREATE TYPE "ChangeField" AS ENUM ('CREATED', 'STATUS', 'PROGRESS', 'PLANNED_START', 'PLANNED_END', 'ACTUAL_START', 'ACTUAL_END', 'MILESTONE_PLANNED', 'MILESTONE_ACTUAL');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "NewsKind" AS ENUM ('ANNOUNCEMENT', 'PRESS_REVIEW');

-- CreateEnum
CREATE TYPE "SurveyKind" AS ENUM ('SITE_FEEDBACK', 'PROJECT_RELEVANCE', 'SERVICE_SATISFACTION', 'PRE_SERVICE_CONSULTATION');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'PROJECT_RATING', 'FREE_TEXT');

-- CreateEnum
CREATE TYPE "ResponseChannel" AS ENUM ('WEB', 'API');

-- CreateEnum
CREATE TYPE "ModerationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'DPGOV_EDITOR', 'SPGOV_EDITOR', 'MODERATOR', 'STAKEHOLDER');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('SET_PASSWORD');

-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('GENERAL', 'SESSION', 'PROJECT', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "PostStatus" AS ENUM ('VISIBLE', 'HIDDEN_PENDING_REVIEW', 'REMOVED');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATE,
    "url" TEXT,
    "kind" "SourceKind" NOT NULL DEFAULT 'PRESS',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportedFigure" (
    "id" SERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelAr" TEXT,
    "value" DECIMAL(20,2) NOT NULL,
    "unitFr" TEXT,
    "unitAr" TEXT,
    "asOf" DATE NOT NULL,
    "sourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameAr" TEXT,
    "planNameFr" TEXT NOT NULL,
    "planNameAr" TEXT,
    "summaryFr" TEXT NOT NULL,
    "summaryAr" TEXT,
    "purposeFr" TEXT NOT NULL,
    "purposeAr" TEXT,
    "planAxisNumber" INTEGER NOT NULL,
    "planAxisCount" INTEGER NOT NULL,
    "planLaunchedOn" DATE,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "targetProjects" INTEGER NOT NULL,
    "targetFlagships" INTEGER NOT NULL,
    "budgetAmount" DECIMAL(16,2),
    "budgetCurrency" TEXT NOT NULL DEFAULT 'MAD',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Axis" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "descriptionFr" TEXT,
    "descriptionAr" TEXT,

    CONSTRAINT "Axis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameAr" TEXT,
    "acronym" TEXT,
    "websiteUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceBody" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "GovernanceBodyKind" NOT NULL,
    "acronym" TEXT,
    "nameFr" TEXT NOT NULL,
    "nameAr" TEXT,
    "descriptionFr" TEXT NOT NULL,
    "descriptionAr" TEXT,
    "meetingCadenceFr" TEXT,
    "meetingCadenceAr" TEXT,
    "parentId" INTEGER,
    "organizationId" INTEGER,
    "establishedOn" DATE,
    "sourceId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GovernanceBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mission" (
    "id" SERIAL NOT NULL,
    "bodyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "textFr" TEXT NOT NULL,
    "textAr" TEXT,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BodyMember" (
    "id" SERIAL NOT NULL,
    "bodyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "personName" TEXT,
    "roleFr" TEXT NOT NULL,
    "roleAr" TEXT,
    "officeFr" TEXT,
    "officeAr" TEXT,
    "organizationId" INTEGER,
    "startedOn" DATE,
    "endedOn" DATE,

    CONSTRAINT "BodyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "axisId" INTEGER,
    "ownerOrganizationId" INTEGER NOT NULL,
    "kind" "ProjectKind" NOT NULL,
    "isFlagship" BOOLEAN NOT NULL DEFAULT false,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "summaryFr" TEXT NOT NULL,
    "summaryAr" TEXT,
    "status" "ProjectStatus" NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "channels" "Channel"[],
    "baselineStartOn" DATE,
    "baselineEndOn" DATE,
    "plannedStartOn" DATE,
    "plannedEndOn" DATE,
    "actualStartOn" DATE,
    "actualEndOn" DATE,
    "budgetAmount" DECIMAL(16,2),
    "websiteUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "baselineOn" DATE,
    "plannedOn" DATE,
    "actualOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectChange" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "milestoneId" INTEGER,
    "field" "ChangeField" NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "reason" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT,
    "actorOrganization" TEXT,
    "approvedBySessionId" INTEGER,
    "sourceId" INTEGER,
    "occurredOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "descriptionFr" TEXT,
    "descriptionAr" TEXT,
    "unitFr" TEXT NOT NULL,
    "unitAr" TEXT,
    "baselineValue" DECIMAL(20,2),
    "targetValue" DECIMAL(20,2) NOT NULL,
    "targetOn" DATE NOT NULL,
    "projectId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "observedOn" DATE NOT NULL,
    "value" DECIMAL(20,2) NOT NULL,
    "noteFr" TEXT,
    "noteAr" TEXT,
    "sourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeSession" (
    "id" SERIAL NOT NULL,
    "bodyId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'HELD',
    "chairName" TEXT,
    "chairTitleFr" TEXT,
    "chairTitleAr" TEXT,
    "summaryFr" TEXT,
    "summaryAr" TEXT,
    "sourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "textFr" TEXT NOT NULL,
    "textAr" TEXT,
    "ownerOrganizationId" INTEGER,
    "ownerLabelFr" TEXT,
    "ownerLabelAr" TEXT,
    "dueOn" DATE,
    "status" "DecisionStatus" NOT NULL DEFAULT 'OPEN',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionProjectReview" (
    "sessionId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "noteFr" TEXT,
    "noteAr" TEXT,

    CONSTRAINT "SessionProjectReview_pkey" PRIMARY KEY ("sessionId","projectId")
);

-- CreateTable
CREATE TABLE "SessionServiceLaunch" (
    "sessionId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "launchedOn" DATE,
    "noteFr" TEXT,
    "noteAr" TEXT,

    CONSTRAINT "SessionServiceLaunch_pkey" PRIMARY KEY ("sessionId","projectId")
);

-- CreateTable
CREATE TABLE "Demonstration" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "projectId" INTEGER,

    CONSTRAINT "Demonstration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncedSessionDate" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "plannedOn" DATE NOT NULL,

    CONSTRAINT "AnnouncedSessionDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "NewsKind" NOT NULL DEFAULT 'ANNOUNCEMENT',
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "summaryFr" TEXT NOT NULL,
    "summaryAr" TEXT,
    "bodyFr" TEXT NOT NULL,
    "bodyAr" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "sourceId" INTEGER,
    "sessionId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsProject" (
    "newsId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,

    CONSTRAINT "NewsProject_pkey" PRIMARY KEY ("newsId","projectId")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "SurveyKind" NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "descriptionFr" TEXT NOT NULL,
    "descriptionAr" TEXT,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "resultsPublishedAt" TIMESTAMP(3),
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" SERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "promptFr" TEXT NOT NULL,
    "promptAr" TEXT,
    "helpFr" TEXT,
    "helpAr" TEXT,
    "isRequired" BOOLEAN NOT NULL DEFAULT true,
    "minChoices" INTEGER,
    "maxChoices" INTEGER,
    "maxLength" INTEGER,
    "projectId" INTEGER,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyOption" (
    "id" SERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelAr" TEXT,

    CONSTRAINT "SurveyOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" BIGSERIAL NOT NULL,
    "surveyId" INTEGER NOT NULL,
    "respondentKey" TEXT NOT NULL,
    "networkKey" TEXT,
    "channel" "ResponseChannel" NOT NULL DEFAULT 'WEB',
    "isFlagged" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" BIGSERIAL NOT NULL,
    "responseId" BIGINT NOT NULL,
    "questionId" INTEGER NOT NULL,
    "optionId" INTEGER,
    "rating" INTEGER,
    "text" TEXT,
    "moderationStatus" "ModerationStatus",

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("scope","key","windowStart")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "organizationId" INTEGER,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "disabledAt" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionCategory" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "CategoryKind" NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleAr" TEXT,
    "descriptionFr" TEXT,
    "descriptionAr" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "projectId" INTEGER,
    "sessionId" INTEGER,
    "organizationId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscussionCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Thread" (
    "id" SERIAL NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "projectId" INTEGER,
    "sessionId" INTEGER,
    "isLocked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPostAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Thread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "threadId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "quotedPostId" INTEGER,
    "body" TEXT NOT NULL,
    "status" "PostStatus" NOT NULL DEFAULT 'VISIBLE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostVersion" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "editorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostReport" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "reporterId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "threadId" INTEGER,
    "projectId" INTEGER,
    "lastReadAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorUserId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "ReportedFigure_subject_idx" ON "ReportedFigure"("subject");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Axis_slug_key" ON "Axis"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceBody_slug_key" ON "GovernanceBody"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Mission_bodyId_position_key" ON "Mission"("bodyId", "position");

-- CreateIndex
CREATE INDEX "BodyMember_bodyId_position_idx" ON "BodyMember"("bodyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_status_idx" ON "Project"("status");

-- CreateIndex
CREATE INDEX "Project_ownerOrganizationId_idx" ON "Project"("ownerOrganizationId");

-- CreateIndex
CREATE INDEX "Project_axisId_idx" ON "Project"("axisId");

-- CreateIndex
CREATE INDEX "Project_plannedEndOn_idx" ON "Project"("plannedEndOn");

-- CreateIndex
CREATE INDEX "Milestone_projectId_position_idx" ON "Milestone"("projectId", "position");

-- CreateIndex
CREATE INDEX "ProjectChange_projectId_createdAt_idx" ON "ProjectChange"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_slug_key" ON "Indicator"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_observedOn_key" ON "IndicatorValue"("indicatorId", "observedOn");

-- CreateIndex
CREATE INDEX "CommitteeSession_heldOn_idx" ON "CommitteeSession"("heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeSession_bodyId_number_key" ON "CommitteeSession"("bodyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_sessionId_position_key" ON "AgendaItem"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_sessionId_position_key" ON "Decision"("sessionId", "position");

-- CreateIndex
CREATE INDEX "SessionProjectReview_projectId_idx" ON "SessionProjectReview"("projectId");

-- CreateIndex
CREATE INDEX "SessionServiceLaunch_projectId_idx" ON "SessionServiceLaunch"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Demonstration_sessionId_position_key" ON "Demonstration"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncedSessionDate_sessionId_plannedOn_key" ON "AnnouncedSessionDate"("sessionId", "plannedOn");

-- CreateIndex
CREATE UNIQUE INDEX "NewsItem_slug_key" ON "NewsItem"("slug");

-- CreateIndex
CREATE INDEX "NewsItem_publishedAt_idx" ON "NewsItem"("publishedAt");

-- CreateIndex
CREATE INDEX "NewsProject_projectId_idx" ON "NewsProject"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_slug_key" ON "Survey"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_surveyId_position_key" ON "SurveyQuestion"("surveyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyOption_questionId_position_key" ON "SurveyOption"("questionId", "position");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_submittedAt_idx" ON "SurveyResponse"("surveyId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_respondentKey_key" ON "SurveyResponse"("surveyId", "respondentKey");

-- CreateIndex
CREATE INDEX "SurveyAnswer_questionId_optionId_idx" ON "SurveyAnswer"("questionId", "optionId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_responseId_idx" ON "SurveyAnswer"("responseId");

-- CreateIndex
CREATE INDEX "RateLimitCounter_windowStart_idx" ON "RateLimitCounter"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "DiscussionCategory_slug_key" ON "DiscussionCategory"("slug");

-- CreateIndex
CREATE INDEX "Thread_categoryId_lastPostAt_idx" ON "Thread"("categoryId", "lastPostAt");

-- CreateIndex
CREATE INDEX "Thread_projectId_idx" ON "Thread"("projectId");

-- CreateIndex
CREATE INDEX "Thread_sessionId_idx" ON "Thread"("sessionId");

-- CreateIndex
CREATE INDEX "Post_threadId_createdAt_idx" ON "Post"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "Post_status_idx" ON "Post"("status");

-- CreateIndex
CREATE INDEX "PostVersion_postId_idx" ON "PostVersion"("postId");

-- CreateIndex
CREATE UNIQUE INDEX "PostReport_postId_reporterId_key" ON "PostReport"("postId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_userId_threadId_key" ON "Subscription"("userId", "threadId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_userId_projectId_key" ON "Subscription"("userId", "projectId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Axis" ADD CONSTRAINT "Axis_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "GovernanceBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectChange" ADD CONSTRAINT "ProjectChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectChange" ADD CONSTRAINT "ProjectChange_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectChange" ADD CONSTRAINT "ProjectChange_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectChange" ADD CONSTRAINT "ProjectChange_approvedBySessionId_fkey" FOREIGN KEY ("approvedBySessionId") REFERENCES "CommitteeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectChange" ADD CONSTRAINT "ProjectChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeSession" ADD CONSTRAINT "CommitteeSession_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeSession" ADD CONSTRAINT "CommitteeSession_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionProjectReview" ADD CONSTRAINT "SessionProjectReview_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionProjectReview" ADD CONSTRAINT "SessionProjectReview_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionServiceLaunch" ADD CONSTRAINT "SessionServiceLaunch_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionServiceLaunch" ADD CONSTRAINT "SessionServiceLaunch_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demonstration" ADD CONSTRAINT "Demonstration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demonstration" ADD CONSTRAINT "Demonstration_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncedSessionDate" ADD CONSTRAINT "AnnouncedSessionDate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsProject" ADD CONSTRAINT "NewsProject_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsProject" ADD CONSTRAINT "NewsProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyOption" ADD CONSTRAINT "SurveyOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "SurveyOption"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionCategory" ADD CONSTRAINT "DiscussionCategory_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionCategory" ADD CONSTRAINT "DiscussionCategory_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionCategory" ADD CONSTRAINT "DiscussionCategory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "DiscussionCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_quotedPostId_fkey" FOREIGN KEY ("quotedPostId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostVersion" ADD CONSTRAINT "PostVersion_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostVersion" ADD CONSTRAINT "PostVersion_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReport" ADD CONSTRAINT "PostReport_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReport" ADD CONSTRAINT "PostReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
