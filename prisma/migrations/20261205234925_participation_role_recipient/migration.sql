-- AlterEnum
-- An organisation that receives a program's money. Placed after "funder" (not at the end, as the
-- engine writes it) so the database sorts roles in schema.prisma's order.
ALTER TYPE "participation_role" ADD VALUE 'recipient' BEFORE 'technology_partner';
